// The crash note: the line of the work item a thread is on, written to a file by the signal handler when that
// thread crashes the process, so that the next run knows which item killed it (and that it was a crash, not a
// kill -9, which no handler sees). Everything the handler does is async-signal-safe: write(2) of a buffer
// prepared beforehand, then the previous handler (Swift's backtracer) or the default action.
#ifndef SOHOA_CCRASHNOTE_H
#define SOHOA_CCRASHNOTE_H

/// Opens (appending, creating) the note file at `path` and installs the handler for SIGSEGV, SIGBUS, SIGILL,
/// SIGFPE, SIGABRT and SIGTRAP, chaining to the handlers already there. Returns 0, or -1 with errno set.
int CCrashNote_open(const char *path);

/// Sets the calling thread's note (at most 511 bytes are kept; a newline and the signal number are added when a
/// crash writes it), and gives the thread an alternate signal stack so that a stack overflow is noted too.
void CCrashNote_begin(const char *line);

/// Clears the calling thread's note: a crash from here on is no item's.
void CCrashNote_end(void);

#endif
