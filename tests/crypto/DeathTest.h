#pragma once

#include <functional>

#include <csignal>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

// Runs `f` in a forked child and reports whether the child was killed by SIGABRT, which
// is what qFatal does. Used to check that programming errors stop the process instead
// of returning something that looks like a valid result. Output of the child is
// discarded and it leaves no core file.
inline bool abortsInChild(const std::function<void()> &f)
{
    const pid_t pid = ::fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        ::signal(SIGABRT, SIG_DFL); // QTest's crash handler would start a debugger
        const rlimit noCore{0, 0};
        ::setrlimit(RLIMIT_CORE, &noCore);
        const int devNull = ::open("/dev/null", O_WRONLY);
        ::dup2(devNull, STDOUT_FILENO);
        ::dup2(devNull, STDERR_FILENO);
        f();
        ::_exit(0); // returned normally: the misuse was not caught
    }
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid)
        return false;
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}
