/* nix_zygote.c — LD_PRELOAD library that turns nix-instantiate into a fork server.
 *
 * Why: a fresh nix-instantiate costs ~15 ms of CPU, nearly all start-up, and some cases must
 * run in a process of their own (failures abort batches; in --parse mode output depends on
 * the process's allocation history). Forking a process that has done exactly the start-up a
 * fresh one does gives the same result at a fraction of the cost.
 *
 * How: the oracle starts `nix-instantiate <flags> <placeholder>` with this library preloaded
 * and NIXTWIN_ZYGOTE_PLACEHOLDER=<placeholder>. When Nix opens the placeholder to read the
 * program, everything before is what a fresh process does with a path of that length. Here
 * the process stops and serves requests on stdin, one line per case: the path of the case's
 * file, exactly as long as the placeholder. For each it forks; the child writes the case path
 * over every copy of the placeholder in its heap and stack (same length, so no allocation
 * changes), sends stdout/stderr to files, and returns into Nix, which goes on exactly as a
 * fresh process given that path would. The parent reports "<pid>\n" then "<wait status>\n".
 *
 * Care: nothing here may allocate before the fork point (it would change the heap layout the
 * children inherit), so no stdio, no dlsym: system calls and static buffers only.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_PATH 4096
#define MAX_COPIES 256

static char placeholder[MAX_PATH];
static size_t placeholderLen;
static char outFile[MAX_PATH], errFile[MAX_PATH];
static long long maxOutput;
static int armed;

static char * copies[MAX_COPIES];
static int ncopies;

static void copyEnv(const char * name, char * into) {
    const char * v = getenv(name);
    if (v && strlen(v) < MAX_PATH) strcpy(into, v);
}

__attribute__((constructor)) static void zygoteInit(void) {
    const char * p = getenv("NIXTWIN_ZYGOTE_PLACEHOLDER");
    if (!p || strlen(p) >= MAX_PATH || p[0] != '/') return;
    strcpy(placeholder, p);
    placeholderLen = strlen(placeholder);
    copyEnv("NIXTWIN_ZYGOTE_STDOUT", outFile);
    copyEnv("NIXTWIN_ZYGOTE_STDERR", errFile);
    const char * m = getenv("NIXTWIN_ZYGOTE_MAX_OUTPUT");
    maxOutput = m ? atoll(m) : 0;
    if (!outFile[0] || !errFile[0]) return;
    /* Leave the environment exactly as a plain run sees it. */
    unsetenv("NIXTWIN_ZYGOTE_PLACEHOLDER");
    unsetenv("NIXTWIN_ZYGOTE_STDOUT");
    unsetenv("NIXTWIN_ZYGOTE_STDERR");
    unsetenv("NIXTWIN_ZYGOTE_MAX_OUTPUT");
    unsetenv("LD_PRELOAD");
    armed = 1;
}

static int rawOpen(int dirfd, const char * path, int flags, mode_t mode) {
    return (int)syscall(SYS_openat, dirfd, path, flags, mode);
}

static void writeAll(int fd, const char * s, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) _exit(3);
        s += w;
        n -= (size_t)w;
    }
}

static void writeNumber(int fd, long long v) {
    char buf[32];
    int i = 31;
    buf[i--] = '\n';
    int neg = v < 0;
    unsigned long long u = neg ? (unsigned long long)(-v) : (unsigned long long)v;
    do { buf[i--] = (char)('0' + u % 10); u /= 10; } while (u);
    if (neg) buf[i--] = '-';
    writeAll(fd, buf + i + 1, (size_t)(31 - i));
}

/* Reads one line (without '\n') into buf; returns its length, or -1 at EOF. */
static long readLine(int fd, char * buf, size_t cap) {
    size_t n = 0;
    for (;;) {
        char c;
        ssize_t r = read(fd, &c, 1);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return -1;
        if (c == '\n') break;
        if (n + 1 < cap) buf[n++] = c;
    }
    buf[n] = 0;
    return (long)n;
}

static unsigned long hexValue(const char ** p) {
    unsigned long v = 0;
    for (;; (*p)++) {
        char c = **p;
        if (c >= '0' && c <= '9') v = v * 16 + (unsigned long)(c - '0');
        else if (c >= 'a' && c <= 'f') v = v * 16 + (unsigned long)(c - 'a' + 10);
        else break;
    }
    return v;
}

/* Every copy of the placeholder in [heap] and [stack]: that is where Nix keeps its paths. */
static void findCopies(void) {
    static char maps[1 << 16];
    int fd = rawOpen(AT_FDCWD, "/proc/self/maps", O_RDONLY | O_CLOEXEC, 0);
    if (fd < 0) return;
    size_t len = 0;
    for (;;) {
        ssize_t r = read(fd, maps + len, sizeof maps - 1 - len);
        if (r <= 0) break;
        len += (size_t)r;
    }
    close(fd);
    maps[len] = 0;
    for (const char * line = maps; *line;) {
        const char * end = strchr(line, '\n');
        if (!end) end = line + strlen(line);
        if ((memmem(line, (size_t)(end - line), "[heap]", 6) || memmem(line, (size_t)(end - line), "[stack]", 7))) {
            const char * p = line;
            char * lo = (char *)hexValue(&p);
            p++;
            char * hi = (char *)hexValue(&p);
            for (char * q = lo; q + placeholderLen <= hi && ncopies < MAX_COPIES;) {
                char * hit = memmem(q, (size_t)(hi - q), placeholder, placeholderLen);
                if (!hit || hit + placeholderLen > hi) break;
                copies[ncopies++] = hit;
                q = hit + 1;
            }
        }
        line = *end ? end + 1 : end;
    }
}

static void serve(void) {
    armed = 0;
    findCopies();
    int ctlIn = fcntl(0, F_DUPFD_CLOEXEC, 100), ctlOut = fcntl(1, F_DUPFD_CLOEXEC, 100);
    int devnull = rawOpen(AT_FDCWD, "/dev/null", O_RDONLY, 0);
    if (ctlIn < 0 || ctlOut < 0 || devnull < 0) _exit(3);
    dup2(devnull, 0);
    close(devnull);
    writeAll(ctlOut, "NIXTWIN-ZYGOTE-READY\n", 21);
    static char casePath[MAX_PATH];
    for (;;) {
        long n = readLine(ctlIn, casePath, sizeof casePath);
        if (n < 0) _exit(0);
        if ((size_t)n != placeholderLen || casePath[0] != '/') {
            writeAll(ctlOut, "-1\n", 3);
            continue;
        }
        int o = rawOpen(AT_FDCWD, outFile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        int e = rawOpen(AT_FDCWD, errFile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (o < 0 || e < 0) _exit(3);
        pid_t pid = fork();
        if (pid < 0) _exit(3);
        if (pid == 0) {
            /* Like a plain reference process: dies with its parent, own process group. */
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (getppid() == 1) _exit(127);
            setpgid(0, 0);
            for (int i = 0; i < ncopies; i++) memcpy(copies[i], casePath, placeholderLen);
            dup2(o, 1);
            dup2(e, 2);
            close(o);
            close(e);
            close(ctlIn);
            close(ctlOut);
            if (maxOutput > 0) {
                struct rlimit rl = {(rlim_t)maxOutput, (rlim_t)maxOutput};
                setrlimit(RLIMIT_FSIZE, &rl);  /* a flood ends with SIGXFSZ */
            }
            return;  /* back into Nix, which opens the (rewritten) path */
        }
        close(o);
        close(e);
        writeNumber(ctlOut, pid);
        int status = 0;
        while (waitpid(pid, &status, 0) < 0) {
            if (errno != EINTR) { status = -1; break; }
        }
        writeNumber(ctlOut, status);
    }
}

static int intercept(int dirfd, const char * path, int flags, mode_t mode) {
    if (armed && path && strcmp(path, placeholder) == 0) serve();
    return rawOpen(dirfd, path, flags, mode);
}

#define MODE_ARG(flags)                                          \
    mode_t mode = 0;                                             \
    if ((flags) & (O_CREAT | O_TMPFILE)) {                       \
        va_list ap;                                              \
        va_start(ap, flags);                                     \
        mode = (mode_t)va_arg(ap, int);                          \
        va_end(ap);                                              \
    }

int open(const char * path, int flags, ...) {
    MODE_ARG(flags)
    return intercept(AT_FDCWD, path, flags, mode);
}

int open64(const char * path, int flags, ...) {
    MODE_ARG(flags)
    return intercept(AT_FDCWD, path, flags, mode);
}

int openat(int dirfd, const char * path, int flags, ...) {
    MODE_ARG(flags)
    return intercept(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char * path, int flags, ...) {
    MODE_ARG(flags)
    return intercept(dirfd, path, flags, mode);
}
