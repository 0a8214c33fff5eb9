// Where the case file sits in this browser's storage: apart from its schema, so a page can check for it cheaply.
export const CASE_FILE_STORAGE_KEY = 'case-file';
/** The key an earlier version kept its report journal under, read once into the case file. */
export const OLD_JOURNAL_STORAGE_KEY = 'journal';
