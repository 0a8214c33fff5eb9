// The names of the plan's files, the same whether the server or the device makes them.
export const REMINDERS_FILE_NAME = 'rappel.ics';
export const PLAN_PDF_FILE_NAME = 'fiche.pdf';
