package io.github.hubspotapt.maven.importer;

/** The import stopped before writing anything; the message says why, for the user. */
public final class ImportException extends Exception {

  private static final long serialVersionUID = 1L;

  ImportException(String message) {
    super(message);
  }

  ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
