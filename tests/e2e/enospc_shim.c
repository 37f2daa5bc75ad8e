/* Test only (LD_PRELOAD): writes to regular files under $IDM_ENOSPC_DIR fail with ENOSPC, as
   on a full disk, for machines where mounting a small tmpfs is not allowed. Pipes, terminals
   and files elsewhere are written as usual. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

static int is_full(int fd) {
  const char* dir = getenv("IDM_ENOSPC_DIR");
  struct stat st;
  char link[64];
  char path[4096];
  if (!dir || !*dir || fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  const ssize_t n = readlink(link, path, sizeof path - 1);
  if (n <= 0) return 0;
  path[n] = '\0';
  const size_t len = strlen(dir);
  return strncmp(path, dir, len) == 0 && (path[len] == '/' || path[len] == '\0');
}

typedef ssize_t (*write_fn)(int, const void*, size_t);
typedef ssize_t (*pwrite_fn)(int, const void*, size_t, off_t);
typedef ssize_t (*writev_fn)(int, const struct iovec*, int);
typedef size_t (*fwrite_fn)(const void*, size_t, size_t, FILE*);

/* The next definition of |name| (libc's); looked up once. */
#define REAL(name, type)   \
  static type real_##name; \
  if (!real_##name) real_##name = (type)dlsym(RTLD_NEXT, #name)

ssize_t write(int fd, const void* buf, size_t count) {
  REAL(write, write_fn);
  if (count > 0 && is_full(fd)) {
    errno = ENOSPC;
    return -1;
  }
  return real_write(fd, buf, count);
}

ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset) {
  REAL(pwrite, pwrite_fn);
  if (count > 0 && is_full(fd)) {
    errno = ENOSPC;
    return -1;
  }
  return real_pwrite(fd, buf, count, offset);
}

ssize_t writev(int fd, const struct iovec* iov, int iovcnt) {
  REAL(writev, writev_fn);
  if (iovcnt > 0 && is_full(fd)) {
    errno = ENOSPC;
    return -1;
  }
  return real_writev(fd, iov, iovcnt);
}

/* stdio inside glibc does not go through the write above: libxlsxwriter's zip writer would. */
size_t fwrite(const void* ptr, size_t size, size_t n, FILE* stream) {
  REAL(fwrite, fwrite_fn);
  if (size > 0 && n > 0 && is_full(fileno(stream))) {
    errno = ENOSPC;
    return 0;
  }
  return real_fwrite(ptr, size, n, stream);
}
