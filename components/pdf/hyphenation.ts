// Words stay whole in the PDF: react-pdf's default hyphenation cuts URLs and French words at odd places.
import {Font} from '@react-pdf/renderer';

Font.registerHyphenationCallback((word) => [word]);
