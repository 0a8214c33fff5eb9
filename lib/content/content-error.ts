/** A content file or content/phones.yaml that breaks a rule; the message starts with the file, so the build and the tests name it. */
export class ContentError extends Error {}
