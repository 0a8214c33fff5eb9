'use client';
// Set by components/questions/DeviceJourney.tsx where the device draws the questions: a question's form hands it
// what it would have sent, instead of sending it.
import {createContext} from 'react';
import type {QuestionId} from '@/lib/answers/questions';

export type SubmitOnDevice = (question: QuestionId, query: URLSearchParams) => void;

export const JourneyContext = createContext<SubmitOnDevice | null>(null);
