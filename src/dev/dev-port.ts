// The dev server's port, apart from the server so the CLI's help can name it without loading the server.
export const DEFAULT_PORT = 4000;
