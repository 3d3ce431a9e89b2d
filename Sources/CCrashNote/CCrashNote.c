#define _GNU_SOURCE
#include "CCrashNote.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { NOTE_SIZE = 512, ALTERNATE_STACK_SIZE = 64 * 1024 };

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
enum { SIGNAL_COUNT = sizeof crash_signals / sizeof crash_signals[0] };

static int note_fd = -1;
static struct sigaction previous[SIGNAL_COUNT];
static _Thread_local char note[NOTE_SIZE];
static _Thread_local volatile sig_atomic_t note_length;
static _Thread_local int has_alternate_stack;

static int index_of(int signal_number) {
    for (int i = 0; i < SIGNAL_COUNT; i++)
        if (crash_signals[i] == signal_number) return i;
    return -1;
}

static void on_crash(int signal_number, siginfo_t *info, void *context) {
    if (note_fd >= 0 && note_length > 0) {
        char line[NOTE_SIZE + 16];
        memcpy(line, note, (size_t)note_length);
        size_t length = (size_t)note_length;
        char digits[12];
        int count = 0;
        for (int value = signal_number; value > 0 && count < 11; value /= 10) digits[count++] = (char)('0' + value % 10);
        while (count > 0) line[length++] = digits[--count];
        line[length++] = '\n';
        ssize_t ignored = write(note_fd, line, length);
        (void)ignored;
        fsync(note_fd);
        note_length = 0;
    }
    int index = index_of(signal_number);
    struct sigaction before = index >= 0 ? previous[index] : (struct sigaction){.sa_handler = SIG_DFL};
    sigaction(signal_number, &before, NULL);
    if ((before.sa_flags & SA_SIGINFO) && before.sa_sigaction != NULL) {
        before.sa_sigaction(signal_number, info, context);
    } else if (before.sa_handler != SIG_DFL && before.sa_handler != SIG_IGN) {
        before.sa_handler(signal_number);
    } else {
        // Delivered with the default action as soon as this handler returns.
        raise(signal_number);
    }
}

int CCrashNote_open(const char *path) {
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return -1;
    if (note_fd >= 0) close(note_fd);
    note_fd = fd;
    static int installed = 0;
    if (installed) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_crash;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < SIGNAL_COUNT; i++) {
        if (sigaction(crash_signals[i], &action, &previous[i]) != 0) return -1;
    }
    installed = 1;
    return 0;
}

void CCrashNote_begin(const char *line) {
    if (!has_alternate_stack) {
        stack_t current;
        if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE)) has_alternate_stack = 1;
    }
    if (!has_alternate_stack) {
        stack_t stack = {.ss_sp = malloc(ALTERNATE_STACK_SIZE), .ss_size = ALTERNATE_STACK_SIZE, .ss_flags = 0};
        if (stack.ss_sp != NULL && sigaltstack(&stack, NULL) == 0) has_alternate_stack = 1;
    }
    size_t length = strlen(line);
    if (length > NOTE_SIZE - 1) length = NOTE_SIZE - 1;
    note_length = 0;  // a crash while the note is half copied writes nothing rather than half a line
    memcpy(note, line, length);
    note_length = (sig_atomic_t)length;
}

void CCrashNote_end(void) { note_length = 0; }
