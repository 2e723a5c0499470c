package org.gradientatlas.preview;

/** A failure in one line: the exception, its message, and the first frame in the project's code. */
public final class FailureLine {
    private FailureLine() {
    }

    public static String of(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause instanceof ExceptionInInitializerError || cause.getMessage() == null)) {
            cause = cause.getCause();
        }
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        for (StackTraceElement frame : cause.getStackTrace()) {
            if (frame.getClassName().startsWith("org.gradientatlas.")
                    && !frame.getClassName().startsWith("org.gradientatlas.preview.")) {
                text += " (at " + frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + '.'
                        + frame.getMethodName() + ", " + frame.getFileName() + ':' + frame.getLineNumber() + ')';
                break;
            }
        }
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
