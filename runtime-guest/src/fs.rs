//! node:fs's natives: thin wrappers over wasi-libc's POSIX calls.
//!
//! wasi-libc maps absolute paths onto the host's preopens and hands out
//! small integer fds, which `js/fs.js` uses as Node's fds directly. Every
//! call here is synchronous; the callback and promise forms are built in JS
//! on top of these.
//!
//! Errors are thrown as Node's system errors. wasi-libc reports WASI's errno
//! numbers (ENOENT is 44 there), so `uv_of` maps each one to the code,
//! Linux errno and libuv text that Node shows. The natives throw without a
//! path; `js/internal/fs/utils.js` adds the path the program passed (not the
//! absolute one given to wasi-libc), as Node reports it.
//!
//! Guest input is hostile: lengths and offsets into buffers are checked here
//! again, whatever the JS layer did.

use rquickjs::convert::List;
use rquickjs::function::Opt;
use rquickjs::{
    ArrayBuffer, Constructor, Ctx, Error, Exception, Function, IntoJs, Object, Result, TypedArray,
    Value,
};
use std::ffi::{CStr, CString};

/// Node's view of an errno: code, Linux errno (as Node reports it, negated
/// by the caller) and libuv's description.
pub fn uv_of(wasi_errno: i32) -> (&'static str, i32, &'static str) {
    use libc::*;
    match wasi_errno {
        ENOENT => ("ENOENT", 2, "no such file or directory"),
        EEXIST => ("EEXIST", 17, "file already exists"),
        EISDIR => ("EISDIR", 21, "illegal operation on a directory"),
        ENOTDIR => ("ENOTDIR", 20, "not a directory"),
        ENOTEMPTY => ("ENOTEMPTY", 39, "directory not empty"),
        EACCES => ("EACCES", 13, "permission denied"),
        EPERM => ("EPERM", 1, "operation not permitted"),
        EBADF => ("EBADF", 9, "bad file descriptor"),
        EMFILE => ("EMFILE", 24, "too many open files"),
        ENFILE => ("ENFILE", 23, "file table overflow"),
        EINVAL => ("EINVAL", 22, "invalid argument"),
        ELOOP => ("ELOOP", 40, "too many symbolic links encountered"),
        EXDEV => ("EXDEV", 18, "cross-device link not permitted"),
        ENAMETOOLONG => ("ENAMETOOLONG", 36, "name too long"),
        EROFS => ("EROFS", 30, "read-only file system"),
        ENOSPC => ("ENOSPC", 28, "no space left on device"),
        EBUSY => ("EBUSY", 16, "resource busy or locked"),
        EIO => ("EIO", 5, "i/o error"),
        EFBIG => ("EFBIG", 27, "file too large"),
        ESPIPE => ("ESPIPE", 29, "invalid seek"),
        EPIPE => ("EPIPE", 32, "broken pipe"),
        EAGAIN => ("EAGAIN", 11, "resource temporarily unavailable"),
        EINTR => ("EINTR", 4, "interrupted system call"),
        ENOMEM => ("ENOMEM", 12, "not enough memory"),
        ENOSYS => ("ENOSYS", 38, "function not implemented"),
        ENOTSUP => ("ENOTSUP", 95, "operation not supported on socket"),
        EMLINK => ("EMLINK", 31, "too many links"),
        ETXTBSY => ("ETXTBSY", 26, "text file is busy"),
        EOVERFLOW => ("EOVERFLOW", 75, "value too large for defined data type"),
        ENXIO => ("ENXIO", 6, "no such device or address"),
        ENODEV => ("ENODEV", 19, "no such device"),
        EFAULT => ("EFAULT", 14, "bad address in system call argument"),
        EDQUOT => ("EDQUOT", 122, "disk quota exceeded"),
        ENOTTY => ("ENOTTY", 25, "inappropriate ioctl for device"),
        ERANGE => ("ERANGE", 34, "result too large"),
        // WASI's "not capable": the sandbox withholds a right. Node has no
        // such code; the nearest honest one is a permission error.
        ENOTCAPABLE => ("EPERM", 1, "operation not permitted"),
        _ => ("EIO", 5, "i/o error"),
    }
}

/// Builds and throws Node's system error: `CODE: text, syscall 'path' -> 'dest'`
/// with `errno`, `code`, `syscall` and, when given, `path` and `dest`.
pub fn throw_uv(
    ctx: &Ctx<'_>,
    wasi_errno: i32,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> Error {
    let (code, errno, desc) = uv_of(wasi_errno);
    let mut message = format!("{code}: {desc}, {syscall}");
    if let Some(p) = path {
        message.push_str(&format!(" '{p}'"));
        if let Some(d) = dest {
            message.push_str(&format!(" -> '{d}'"));
        }
    }
    let build = || -> Result<Value<'_>> {
        let ctor: Constructor = ctx.globals().get("Error")?;
        let e: Object = ctor.construct((message.as_str(),))?;
        e.set("errno", -errno)?;
        e.set("code", code)?;
        e.set("syscall", syscall)?;
        if let Some(p) = path {
            e.set("path", p)?;
        }
        if let Some(d) = dest {
            e.set("dest", d)?;
        }
        if wasi_errno == libc::ENOTCAPABLE {
            // A hidden mark for js/internal/fs/permissions.js: the sandbox,
            // not the file system, refused (e.g. a symlink leading out).
            e.prop(NOT_CAPABLE_KEY, rquickjs::object::Property::from(true))?;
        }
        Ok(e.into_value())
    };
    match build() {
        Ok(v) => ctx.throw(v),
        Err(e) => e,
    }
}

const NOT_CAPABLE_KEY: &str = "__sandnodeNotCapable";

/// The sandbox's file-system grants: each preopened directory and whether
/// it may be written (`--allow-write`) or only read. Asked on first use,
/// never during pre-initialisation.
fn fs_grants() -> Vec<(String, bool)> {
    use wasip2::filesystem::types::DescriptorFlags;
    wasip2::filesystem::preopens::get_directories()
        .into_iter()
        .map(|(dir, path)| {
            let writable = dir
                .get_flags()
                .map(|f| f.contains(DescriptorFlags::MUTATE_DIRECTORY))
                .unwrap_or(false);
            (path, writable)
        })
        .collect()
}

fn errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// The error of the last failed libc call, for `syscall`.
fn last_err(ctx: &Ctx<'_>, syscall: &str) -> Error {
    throw_uv(ctx, errno(), syscall, None, None)
}

/// A path as a C string; an interior NUL (which the JS layer refuses
/// first) becomes ENOENT rather than a panic.
fn cpath(ctx: &Ctx<'_>, path: &str, syscall: &str) -> Result<CString> {
    CString::new(path).map_err(|_| throw_uv(ctx, libc::ENOENT, syscall, None, None))
}

fn check(ctx: &Ctx<'_>, rc: libc::c_int, syscall: &str) -> Result<()> {
    if rc < 0 {
        Err(last_err(ctx, syscall))
    } else {
        Ok(())
    }
}

/// Node (Linux) open flags to wasi-libc's, which number them differently.
/// A libc call on two paths (rename, link, symlink); its errors are named
/// by `syscall`.
fn two_path_call(
    ctx: &Ctx<'_>,
    a: &str,
    b: &str,
    syscall: &str,
    call: unsafe extern "C" fn(*const libc::c_char, *const libc::c_char) -> libc::c_int,
) -> Result<()> {
    let (a, b) = (cpath(ctx, a, syscall)?, cpath(ctx, b, syscall)?);
    // SAFETY: both paths are NUL-terminated and live across the call.
    check(ctx, unsafe { call(a.as_ptr(), b.as_ptr()) }, syscall)
}

fn open_flags(linux: i32) -> i32 {
    let mut f = match linux & 3 {
        0 => libc::O_RDONLY,
        1 => libc::O_WRONLY,
        _ => libc::O_RDWR,
    };
    let map = [
        (0o100, libc::O_CREAT),
        (0o200, libc::O_EXCL),
        (0o1000, libc::O_TRUNC),
        (0o2000, libc::O_APPEND),
        (0o200000, libc::O_DIRECTORY),
        (0o400000, libc::O_NOFOLLOW),
        (0o4010000, libc::O_SYNC),
        (0o10000, libc::O_DSYNC),
    ];
    for (bit, wasi) in map {
        if linux & bit == bit {
            f |= wasi;
        }
    }
    f
}

const LINUX_SYNC: i32 = 0o4010000;
const LINUX_DSYNC: i32 = 0o10000;

thread_local! {
    /// fds opened with O_SYNC/O_DSYNC. WASI refuses those flags (ENOTSUP),
    /// so the fd is opened without them and each write is followed by
    /// fdatasync, which gives the same guarantee.
    static SYNC_FDS: std::cell::RefCell<std::collections::HashSet<i32>> =
        std::cell::RefCell::new(std::collections::HashSet::new());
}

/// How many files a program may hold open at once; one more open fails with
/// EMFILE, as on a system with `ulimit -n 4096`. The host's resource table
/// (host/src/limits.rs, MAX_RESOURCES) is the hard wall behind this: an fd
/// can take two entries (its descriptor and a stream), and sockets and
/// pollables need room too, so this stays well below it.
pub const MAX_OPEN_FILES: usize = 4096;

thread_local! {
    /// The fds open_raw opened and nobody has closed yet.
    static OPEN_FDS: std::cell::RefCell<std::collections::HashSet<i32>> =
        std::cell::RefCell::new(std::collections::HashSet::new());
}

/// Closes an fd, forgetting it in the open-file count. Returns close's result.
fn close_raw(fd: i32) -> libc::c_int {
    SYNC_FDS.with(|s| s.borrow_mut().remove(&fd));
    // SAFETY: closing an fd the program or this module names; a bad one is
    // EBADF, not undefined behaviour.
    let rc = unsafe { libc::close(fd) };
    if rc == 0 {
        OPEN_FDS.with(|s| s.borrow_mut().remove(&fd));
    }
    rc
}

fn open_raw(path: &CStr, flags: i32, mode: u32) -> libc::c_int {
    if OPEN_FDS.with(|s| s.borrow().len()) >= MAX_OPEN_FILES {
        // SAFETY: setting wasi-libc's errno, read back by errno().
        unsafe { *libc::__errno_location() = libc::EMFILE };
        return -1;
    }
    let sync = flags & (LINUX_SYNC | LINUX_DSYNC) != 0;
    let flags = flags & !(LINUX_SYNC | LINUX_DSYNC);
    // SAFETY: `path` is NUL-terminated; open copies what it needs.
    let fd = unsafe { libc::open(path.as_ptr(), open_flags(flags), mode as libc::c_uint) };
    if fd >= 0 {
        OPEN_FDS.with(|s| s.borrow_mut().insert(fd));
        SYNC_FDS.with(|s| {
            let mut s = s.borrow_mut();
            if sync {
                s.insert(fd);
            } else {
                s.remove(&fd);
            }
        });
    }
    fd
}

fn is_sync_fd(fd: i32) -> bool {
    SYNC_FDS.with(|s| s.borrow().contains(&fd))
}

/// A byte range `[offset, offset + length)` of a view, checked.
fn range(len: usize, offset: f64, length: f64) -> Option<(usize, usize)> {
    if !(offset >= 0.0 && length >= 0.0) || offset.fract() != 0.0 || length.fract() != 0.0 {
        return None;
    }
    let (o, l) = (offset as usize, length as usize);
    (o <= len && l <= len - o).then_some((o, l))
}

fn view_raw(arr: &TypedArray<'_, u8>) -> Option<(*mut u8, usize)> {
    arr.as_raw().map(|raw| (raw.as_ptr() as *mut u8, raw.len()))
}

/// The start and length of the bytes `[offset, offset + length)` of a view
/// that fsRead/fsWrite (`what`) work on, or the exception that the view is
/// detached or the range lies outside it.
fn view_range(
    ctx: &Ctx<'_>,
    view: &TypedArray<'_, u8>,
    offset: f64,
    length: f64,
    what: &str,
) -> Result<(*mut u8, usize)> {
    let (ptr, len) = view_raw(view).ok_or_else(|| Exception::throw_type(ctx, "detached buffer"))?;
    let (o, l) = range(len, offset, length)
        .ok_or_else(|| Exception::throw_range(ctx, &format!("{what} out of bounds")))?;
    // SAFETY: o <= len, so the pointer stays inside the view.
    Ok((unsafe { ptr.add(o) }, l))
}

/// Whether `fd` is known to be opened without `want` (O_RDONLY/O_WRONLY).
fn lacks_direction(fd: i32, want: i32) -> bool {
    // SAFETY: plain fcntl query.
    let fl = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    fl >= 0 && fl & want != want
}

fn read_into(fd: i32, ptr: *mut u8, len: usize, position: f64) -> isize {
    // SAFETY: `ptr..ptr+len` lies inside a live view (checked by the caller)
    // and no JS runs while the call writes into it.
    unsafe {
        if position >= 0.0 {
            libc::pread(fd, ptr.cast(), len, position as libc::off_t)
        } else {
            libc::read(fd, ptr.cast(), len)
        }
    }
}

fn write_from(fd: i32, ptr: *const u8, len: usize, position: f64) -> isize {
    // SAFETY: as read_into, only reading.
    unsafe {
        if position >= 0.0 {
            libc::pwrite(fd, ptr.cast(), len, position as libc::off_t)
        } else {
            libc::write(fd, ptr.cast(), len)
        }
    }
}

/// The errno of a failed read/write. WASI reports using an fd in the
/// direction it was not opened for as a generic I/O error; Linux (and so
/// Node) says EBADF.
fn direction_errno(fd: i32, write: bool) -> i32 {
    let e = errno();
    if e != libc::EIO {
        return e;
    }
    let want = if write {
        libc::O_WRONLY
    } else {
        libc::O_RDONLY
    };
    if lacks_direction(fd, want) {
        libc::EBADF
    } else {
        e
    }
}

/// fsRead(fd, view, offset, length, position): bytes read into the view
/// itself; position < 0 reads at the current file position.
fn fs_read(
    ctx: Ctx<'_>,
    fd: i32,
    view: TypedArray<'_, u8>,
    offset: f64,
    length: f64,
    position: f64,
) -> Result<f64> {
    let (ptr, l) = view_range(&ctx, &view, offset, length, "read")?;
    // Reading an fd opened write-only must fail before wasi-libc is asked:
    // after a write and fdatasync on such an fd its pread traps.
    if lacks_direction(fd, libc::O_RDONLY) {
        return Err(throw_uv(&ctx, libc::EBADF, "read", None, None));
    }
    let n = read_into(fd, ptr, l, position);
    if n < 0 {
        return Err(throw_uv(
            &ctx,
            direction_errno(fd, false),
            "read",
            None,
            None,
        ));
    }
    Ok(n as f64)
}

/// fsWrite(fd, view, offset, length, position): bytes written, possibly
/// fewer than asked.
fn fs_write(
    ctx: Ctx<'_>,
    fd: i32,
    view: TypedArray<'_, u8>,
    offset: f64,
    length: f64,
    position: f64,
) -> Result<f64> {
    let (ptr, l) = view_range(&ctx, &view, offset, length, "write")?;
    let n = write_from(fd, ptr, l, position);
    if n < 0 {
        return Err(throw_uv(
            &ctx,
            direction_errno(fd, true),
            "write",
            None,
            None,
        ));
    }
    // SAFETY: plain call on the fd just written.
    if is_sync_fd(fd) && unsafe { libc::fdatasync(fd) } < 0 {
        return Err(last_err(&ctx, "write"));
    }
    Ok(n as f64)
}

/// Node refuses to read a file above 2 GiB into one buffer.
const IO_MAX: u64 = (1 << 31) - 1;

/// Why reading a whole file failed: errno (0: too large, then the size),
/// the size, and the syscall to name.
type ReadFailure = (i32, u64, &'static str);

/// What the first read of a file opened here asks for.
const FIRST_READ: usize = 16 * 1024;

/// Reads all of `fd`. `from_start`: the fd was just opened here, so
/// positioned reads (one `descriptor.read` host call each) can be used;
/// plain reads go through a WASI input stream, which costs extra host calls
/// to set up and tear down, and are kept for a caller's fd, whose position
/// must advance.
///
/// A file opened here is first read without asking its size: fstat is two
/// host calls in wasi-libc (stat and metadata-hash), more than a small file
/// needs. A read that returns less than asked is followed by a one-byte
/// read to see the end (a short read alone proves nothing for /proc-like
/// files); a full one, or a failure (a directory), goes the sized way.
fn read_all(fd: i32, from_start: bool) -> std::result::Result<Vec<u8>, ReadFailure> {
    if !from_start {
        return read_sized(fd, Vec::new(), false);
    }
    let mut buf: Vec<u8> = Vec::with_capacity(FIRST_READ);
    // SAFETY: the vector's spare capacity, FIRST_READ bytes, is written by
    // pread before it is counted.
    let n = unsafe { libc::pread(fd, buf.as_mut_ptr().cast(), FIRST_READ, 0) };
    if n < 0 {
        return read_sized(fd, buf, true);
    }
    // SAFETY: pread initialised n bytes of the spare capacity.
    unsafe { buf.set_len(n as usize) };
    if buf.len() == FIRST_READ {
        return read_sized(fd, buf, true);
    }
    let mut probe = [0u8; 1];
    // SAFETY: one byte into a local.
    let m = unsafe { libc::pread(fd, probe.as_mut_ptr().cast(), 1, buf.len() as libc::off_t) };
    match m {
        0 => {
            buf.shrink_to_fit();
            Ok(buf)
        }
        m if m < 0 => Err((errno(), 0, "read")),
        _ => {
            buf.push(probe[0]);
            read_sized(fd, buf, true)
        }
    }
}

/// Reads `fd` to its end after the bytes already in `buf`: the size from
/// fstat as a first guess, growing for files that report none (pipes,
/// /proc-like).
fn read_sized(
    fd: i32,
    mut buf: Vec<u8>,
    from_start: bool,
) -> std::result::Result<Vec<u8>, ReadFailure> {
    let mut st = std::mem::MaybeUninit::<libc::stat>::zeroed();
    // SAFETY: fstat fills the struct it is given.
    let size = if unsafe { libc::fstat(fd, st.as_mut_ptr()) } == 0 {
        // SAFETY: filled by the successful fstat above.
        let st = unsafe { st.assume_init() };
        if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
            return Err((libc::EISDIR, 0, "read"));
        }
        st.st_size.max(0) as u64
    } else if !from_start {
        // A caller's fd that cannot even be examined (closed, say): Node
        // fails at this first step too.
        return Err((errno(), 0, "fstat"));
    } else {
        0
    };
    if size > IO_MAX {
        return Err((0, size, "read"));
    }
    buf.reserve((size as usize + 1).saturating_sub(buf.len()));
    loop {
        if buf.len() == buf.capacity() {
            buf.reserve(buf.len().max(8192));
        }
        let spare = buf.capacity() - buf.len();
        // SAFETY: the spare capacity is written by read before it is counted.
        let dst = unsafe { buf.as_mut_ptr().add(buf.len()) };
        let n = if from_start {
            // SAFETY: as below; the offset is what has been read so far.
            unsafe { libc::pread(fd, dst.cast(), spare, buf.len() as libc::off_t) }
        } else {
            // SAFETY: `dst..dst+spare` is the vector's spare capacity.
            unsafe { libc::read(fd, dst.cast(), spare) }
        };
        if n < 0 {
            return Err((errno(), 0, "read"));
        }
        if n == 0 {
            break;
        }
        // SAFETY: read initialised n bytes of the spare capacity.
        unsafe { buf.set_len(buf.len() + n as usize) };
        // A regular file of known size is done once that much is read:
        // each WASI call is a host round trip, so the EOF read is skipped.
        if size > 0 && buf.len() as u64 == size {
            break;
        }
        if buf.len() as u64 > IO_MAX {
            return Err((0, buf.len() as u64, "read"));
        }
    }
    Ok(buf)
}

/// fsReadFile(path | fd, flags, utf8): the whole file as an ArrayBuffer
/// (which the JS layer wraps in a Buffer without copying) or a string when
/// `utf8`, or its size (a number) when it is too large for Node, which the
/// JS layer turns into ERR_FS_FILE_TOO_LARGE.
fn fs_read_file<'js>(
    ctx: Ctx<'js>,
    target: Value<'js>,
    flags: i32,
    utf8: bool,
) -> Result<Value<'js>> {
    let (fd, owned) = if let Some(fd) = target.as_int() {
        (fd, false)
    } else {
        let path: String = target.get()?;
        let c = cpath(&ctx, &path, "open")?;
        let fd = open_raw(&c, flags, 0o666);
        if fd < 0 {
            return Err(last_err(&ctx, "open"));
        }
        (fd, true)
    };
    let result = read_all(fd, owned);
    if owned {
        close_raw(fd);
    }
    match result {
        Ok(bytes) if utf8 => match String::from_utf8(bytes) {
            Ok(s) => s.into_js(&ctx),
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_js(&ctx),
        },
        Ok(bytes) => Ok(ArrayBuffer::new(ctx, bytes)?.into_value()),
        Err((0, size, _)) => Ok(Value::new_number(ctx, size as f64)),
        Err((e, _, syscall)) => Err(throw_uv(&ctx, e, syscall, None, None)),
    }
}

/// Permission bits to report: WASI has none, so they say what the grant
/// allows (writable or read-only), as documented in js/internal/fs/utils.js.
fn perm_bits(kind: u32, writable: bool) -> u32 {
    let exec = kind == libc::S_IFDIR;
    match (writable, exec) {
        (true, true) => 0o755,
        (true, false) => 0o644,
        (false, true) => 0o555,
        (false, false) => 0o444,
    }
}

/// Writes a stat into `out` (16 numbers: dev, mode, nlink, uid, gid, rdev,
/// blksize, ino, size, blocks, then seconds and nanoseconds of atime, mtime
/// and ctime).
fn fill_stat(st: &libc::stat, writable: bool, out: &TypedArray<'_, f64>) {
    let kind = st.st_mode & libc::S_IFMT;
    let vals: [f64; 16] = [
        st.st_dev as f64,
        (kind | perm_bits(kind, writable)) as f64,
        st.st_nlink as f64,
        st.st_uid as f64,
        st.st_gid as f64,
        st.st_rdev as f64,
        if st.st_blksize > 0 {
            st.st_blksize as f64
        } else {
            4096.0
        },
        st.st_ino as f64,
        st.st_size as f64,
        if st.st_blocks > 0 {
            st.st_blocks as f64
        } else {
            ((st.st_size.max(0) as u64).div_ceil(4096) * 8) as f64
        },
        st.st_atim.tv_sec as f64,
        st.st_atim.tv_nsec as f64,
        st.st_mtim.tv_sec as f64,
        st.st_mtim.tv_nsec as f64,
        st.st_ctim.tv_sec as f64,
        st.st_ctim.tv_nsec as f64,
    ];
    if let Some(raw) = out.as_raw() {
        let n = raw.len().min(vals.len() * 8) / 8;
        // SAFETY: at most the view's own length is written, while no JS runs.
        unsafe {
            std::ptr::copy_nonoverlapping(vals.as_ptr(), raw.as_ptr() as *mut f64, n);
        }
    }
}

thread_local! {
    /// Whether files in a directory are writable, by directory. A grant
    /// covers whole directory trees, so one access() per directory answers
    /// for all its files (a stat is then one host call, not two).
    static WRITABLE_DIRS: std::cell::RefCell<std::collections::HashMap<Vec<u8>, bool>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

fn path_writable(path: &CStr) -> bool {
    let bytes = path.to_bytes();
    let dir = match bytes.iter().rposition(|&b| b == b'/') {
        Some(i) if i + 1 < bytes.len() => &bytes[..i.max(1)],
        _ => bytes,
    };
    if let Some(w) = WRITABLE_DIRS.with(|m| m.borrow().get(dir).copied()) {
        return w;
    }
    // SAFETY: `path` is NUL-terminated.
    let w = unsafe { libc::access(path.as_ptr(), libc::W_OK) == 0 };
    WRITABLE_DIRS.with(|m| {
        let mut m = m.borrow_mut();
        // Bounded: a program walking a huge tree must not grow this forever.
        if m.len() > 4096 {
            m.clear();
        }
        m.insert(dir.to_vec(), w);
    });
    w
}

/// fsStat(path, followLinks, out): fills `out`; returns false instead of
/// throwing on ENOENT/ENOTDIR when `soft` (throwIfNoEntry: false).
fn fs_stat(
    ctx: Ctx<'_>,
    path: String,
    follow: bool,
    out: TypedArray<'_, f64>,
    soft: Opt<bool>,
) -> Result<bool> {
    let syscall = if follow { "stat" } else { "lstat" };
    let c = cpath(&ctx, &path, syscall)?;
    let mut st = std::mem::MaybeUninit::<libc::stat>::zeroed();
    // SAFETY: the calls fill the struct they are given.
    let rc = unsafe {
        if follow {
            libc::stat(c.as_ptr(), st.as_mut_ptr())
        } else {
            libc::lstat(c.as_ptr(), st.as_mut_ptr())
        }
    };
    if rc < 0 {
        let e = errno();
        if soft.0 == Some(true) && (e == libc::ENOENT || e == libc::ENOTDIR) {
            return Ok(false);
        }
        return Err(throw_uv(&ctx, e, syscall, None, None));
    }
    // SAFETY: filled by the successful call above.
    let st = unsafe { st.assume_init() };
    let writable = st.st_mode & libc::S_IFMT == libc::S_IFLNK || path_writable(&c);
    fill_stat(&st, writable, &out);
    Ok(true)
}

fn fs_fstat(ctx: Ctx<'_>, fd: i32, out: TypedArray<'_, f64>) -> Result<()> {
    let mut st = std::mem::MaybeUninit::<libc::stat>::zeroed();
    // SAFETY: fstat fills the struct it is given.
    check(&ctx, unsafe { libc::fstat(fd, st.as_mut_ptr()) }, "fstat")?;
    // SAFETY: filled by the successful fstat above.
    let st = unsafe { st.assume_init() };
    // An fd says how it was opened, not what the grant allows; an fd
    // opened for writing proves the file writable.
    // SAFETY: plain fcntl query.
    let fl = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    let writable = fl >= 0 && fl & libc::O_WRONLY == libc::O_WRONLY;
    fill_stat(&st, writable, &out);
    Ok(())
}

/// fsReaddir(path): [names, types] with types as libuv's dirent kinds
/// (0 unknown, 1 file, 2 dir, 3 link, 4 fifo, 5 socket, 6 char, 7 block).
fn fs_readdir(ctx: Ctx<'_>, path: String) -> Result<List<(Vec<String>, Vec<i32>)>> {
    let c = cpath(&ctx, &path, "scandir")?;
    // SAFETY: opendir takes a NUL-terminated path.
    let dir = unsafe { libc::opendir(c.as_ptr()) };
    if dir.is_null() {
        return Err(last_err(&ctx, "scandir"));
    }
    let mut names = Vec::new();
    let mut types = Vec::new();
    loop {
        // SAFETY: `dir` is the open stream from above.
        let ent = unsafe { libc::readdir(dir) };
        if ent.is_null() {
            break;
        }
        // SAFETY: readdir returns a valid entry with a NUL-terminated name
        // that lives until the next readdir call.
        let (name, kind) = unsafe {
            let name = CStr::from_ptr((*ent).d_name.as_ptr());
            (name.to_string_lossy().into_owned(), (*ent).d_type)
        };
        if name == "." || name == ".." {
            continue;
        }
        names.push(name);
        types.push(match kind {
            libc::DT_REG => 1,
            libc::DT_DIR => 2,
            libc::DT_LNK => 3,
            libc::DT_FIFO => 4,
            libc::DT_SOCK => 5,
            libc::DT_CHR => 6,
            libc::DT_BLK => 7,
            _ => 0,
        });
    }
    // SAFETY: closing the stream opened above.
    unsafe { libc::closedir(dir) };
    // libuv's scandir sorts by name (byte order); Node's readdir shows that.
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by(|&a, &b| names[a].as_bytes().cmp(names[b].as_bytes()));
    let sorted_names = order.iter().map(|&i| names[i].clone()).collect();
    let sorted_types = order.iter().map(|&i| types[i]).collect();
    Ok(List((sorted_names, sorted_types)))
}

fn fs_readlink(ctx: Ctx<'_>, path: String) -> Result<String> {
    let c = cpath(&ctx, &path, "readlink")?;
    let mut buf = vec![0u8; 4096];
    // SAFETY: readlink writes at most buf.len() bytes.
    let n = unsafe { libc::readlink(c.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return Err(last_err(&ctx, "readlink"));
    }
    buf.truncate(n as usize);
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

/// The canonical path: `.`/`..` and every symlink resolved, component by
/// component (wasi-libc has no realpath), without any cache so that a
/// program changing links sees the change.
fn fs_realpath(ctx: Ctx<'_>, path: String) -> Result<String> {
    // The whole path must resolve; directories above a preopen cannot be
    // looked at from inside the sandbox, so those are taken as they are.
    let full = cpath(&ctx, &path, "realpath")?;
    let mut st = std::mem::MaybeUninit::<libc::stat>::zeroed();
    // SAFETY: stat fills the struct it is given.
    if unsafe { libc::stat(full.as_ptr(), st.as_mut_ptr()) } < 0 {
        return Err(last_err(&ctx, "realpath"));
    }
    let mut pending: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .rev()
        .map(str::to_owned)
        .collect();
    let mut resolved = String::new();
    let mut links = 0;
    while let Some(part) = pending.pop() {
        if part == "." {
            continue;
        }
        if part == ".." {
            if let Some(i) = resolved.rfind('/') {
                resolved.truncate(i);
            }
            continue;
        }
        let candidate = format!("{resolved}/{part}");
        let c = cpath(&ctx, &candidate, "realpath")?;
        let mut st = std::mem::MaybeUninit::<libc::stat>::zeroed();
        // SAFETY: lstat fills the struct it is given.
        if unsafe { libc::lstat(c.as_ptr(), st.as_mut_ptr()) } < 0 {
            resolved = candidate;
            continue;
        }
        // SAFETY: filled by the successful lstat above.
        let st = unsafe { st.assume_init() };
        if st.st_mode & libc::S_IFMT != libc::S_IFLNK {
            resolved = candidate;
            continue;
        }
        links += 1;
        if links > 40 {
            return Err(throw_uv(&ctx, libc::ELOOP, "realpath", None, None));
        }
        let target = fs_readlink(ctx.clone(), candidate)?;
        if target.starts_with('/') {
            resolved.clear();
        }
        pending.extend(
            target
                .split('/')
                .filter(|s| !s.is_empty())
                .rev()
                .map(str::to_owned),
        );
    }
    if resolved.is_empty() {
        resolved.push('/');
    }
    Ok(resolved)
}

fn timespec_of(secs: f64) -> libc::timespec {
    let whole = secs.floor();
    libc::timespec {
        tv_sec: whole as libc::time_t,
        tv_nsec: (((secs - whole) * 1e9).round() as libc::c_long).clamp(0, 999_999_999),
    }
}

/// fsCopyFile(src, dest, excl): copies bytes through a 64 KiB buffer.
fn fs_copy_file(ctx: Ctx<'_>, src: String, dest: String, excl: bool) -> Result<()> {
    let cs = cpath(&ctx, &src, "copyfile")?;
    let cd = cpath(&ctx, &dest, "copyfile")?;
    let from = open_raw(&cs, 0, 0);
    if from < 0 {
        return Err(last_err(&ctx, "copyfile"));
    }
    let result = copy_to(from, &cd, excl);
    close_raw(from);
    result.map_err(|e| throw_uv(&ctx, e, "copyfile", None, None))
}

fn copy_to(from: i32, dest: &CStr, excl: bool) -> std::result::Result<(), i32> {
    let mut st = std::mem::MaybeUninit::<libc::stat>::zeroed();
    // SAFETY: fstat fills the struct it is given.
    if unsafe { libc::fstat(from, st.as_mut_ptr()) } == 0
        // SAFETY: filled by the successful fstat.
        && unsafe { st.assume_init() }.st_mode & libc::S_IFMT == libc::S_IFDIR
    {
        return Err(libc::EISDIR);
    }
    let flags = 0o1 | 0o100 | 0o1000 | if excl { 0o200 } else { 0 };
    let to = open_raw(dest, flags, 0o666);
    if to < 0 {
        return Err(errno());
    }
    let mut buf = vec![0u8; 64 * 1024];
    let result = loop {
        // SAFETY: reading into our own buffer.
        let n = unsafe { libc::read(from, buf.as_mut_ptr().cast(), buf.len()) };
        if n < 0 {
            break Err(errno());
        }
        if n == 0 {
            break Ok(());
        }
        let mut done = 0usize;
        while done < n as usize {
            let w = write_from(to, buf[done..].as_ptr(), n as usize - done, -1.0);
            if w <= 0 {
                let err = if w < 0 { errno() } else { libc::EIO };
                close_raw(to);
                return Err(err);
            }
            done += w as usize;
        }
    };
    close_raw(to);
    result
}

/// How a program's path reaches wasi-libc: 0 when it is absolute with
/// nothing to normalise (no `//`, `/./`, `/../`, trailing `/.` or `/..`)
/// and can be used as is, 1 when it needs `path.resolve` first, 2 when it
/// holds a NUL byte (invalid for every fs call). One native call is cheaper
/// than QuickJS's `includes` plus a regular expression on every fs call.
fn path_kind(path: &str) -> i32 {
    let b = path.as_bytes();
    if b.contains(&0) {
        return 2;
    }
    if b.first() != Some(&b'/') {
        return 1;
    }
    // A byte scan: `str::contains` sets up a substring searcher per call,
    // which costs more than the scan on paths this short.
    for (i, _) in b.iter().enumerate().filter(|&(_, &c)| c == b'/') {
        match &b[i + 1..] {
            [b'/', ..] | [b'.'] | [b'.', b'/', ..] | [b'.', b'.'] | [b'.', b'.', b'/', ..] => {
                return 1;
            }
            _ => {}
        }
    }
    0
}

pub fn register<'js>(ctx: &Ctx<'js>, b: &Object<'js>) -> Result<()> {
    macro_rules! func {
        ($name:literal, $f:expr) => {
            b.set($name, Function::new(ctx.clone(), $f)?.with_name($name)?)?;
        };
    }
    func!("fsPathKind", |path: String| path_kind(&path));
    func!("fsGrants", || fs_grants()
        .into_iter()
        .map(List)
        .collect::<Vec<_>>());
    func!("fsOpen", |ctx: Ctx<'js>,
                     path: String,
                     flags: i32,
                     mode: f64|
     -> Result<i32> {
        let c = cpath(&ctx, &path, "open")?;
        let fd = open_raw(&c, flags, mode as u32);
        if fd < 0 {
            return Err(last_err(&ctx, "open"));
        }
        Ok(fd)
    });
    func!("fsClose", |ctx: Ctx<'js>, fd: i32| -> Result<()> {
        check(&ctx, close_raw(fd), "close")
    });
    func!("fsRead", fs_read);
    func!("fsWrite", fs_write);
    func!("fsReadFile", fs_read_file);
    func!("fsStat", fs_stat);
    func!("fsFstat", fs_fstat);
    func!("fsReaddir", fs_readdir);
    func!("fsReadlink", fs_readlink);
    func!("fsRealpath", fs_realpath);
    func!("fsCopyFile", fs_copy_file);
    func!("fsMkdir", |ctx: Ctx<'js>,
                      path: String,
                      mode: f64|
     -> Result<()> {
        let c = cpath(&ctx, &path, "mkdir")?;
        // SAFETY: NUL-terminated path.
        if unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) } == 0 {
            return Ok(());
        }
        let e = errno();
        // A read-only grant refuses before looking; Linux reports an
        // existing path first.
        let mut st = std::mem::MaybeUninit::<libc::stat>::zeroed();
        // SAFETY: lstat fills the struct it is given.
        let exists = unsafe { libc::lstat(c.as_ptr(), st.as_mut_ptr()) } == 0;
        let refused = matches!(
            e,
            libc::EPERM | libc::ENOTCAPABLE | libc::EACCES | libc::EROFS
        );
        let e = if refused && exists { libc::EEXIST } else { e };
        Err(throw_uv(&ctx, e, "mkdir", None, None))
    });
    func!("fsRmdir", |ctx: Ctx<'js>, path: String| -> Result<()> {
        let c = cpath(&ctx, &path, "rmdir")?;
        // SAFETY: NUL-terminated path.
        check(&ctx, unsafe { libc::rmdir(c.as_ptr()) }, "rmdir")
    });
    func!("fsUnlink", |ctx: Ctx<'js>, path: String| -> Result<()> {
        let c = cpath(&ctx, &path, "unlink")?;
        // SAFETY: NUL-terminated path.
        check(&ctx, unsafe { libc::unlink(c.as_ptr()) }, "unlink")
    });
    func!("fsRename", |ctx: Ctx<'js>,
                       from: String,
                       to: String|
     -> Result<()> {
        two_path_call(&ctx, &from, &to, "rename", libc::rename)
    });
    func!("fsLink", |ctx: Ctx<'js>,
                     from: String,
                     to: String|
     -> Result<()> {
        two_path_call(&ctx, &from, &to, "link", libc::link)
    });
    func!("fsSymlink", |ctx: Ctx<'js>,
                        target: String,
                        path: String|
     -> Result<()> {
        two_path_call(&ctx, &target, &path, "symlink", libc::symlink)
    });
    func!("fsAccess", |ctx: Ctx<'js>,
                       path: String,
                       mode: i32|
     -> Result<()> {
        let c = cpath(&ctx, &path, "access")?;
        // SAFETY: NUL-terminated path.
        check(
            &ctx,
            unsafe { libc::access(c.as_ptr(), mode & 7) },
            "access",
        )
    });
    func!("fsFtruncate", |ctx: Ctx<'js>,
                          fd: i32,
                          len: f64|
     -> Result<()> {
        // SAFETY: plain call on a program-named fd.
        check(
            &ctx,
            unsafe { libc::ftruncate(fd, len.max(0.0) as libc::off_t) },
            "ftruncate",
        )
    });
    func!("fsFsync", |ctx: Ctx<'js>, fd: i32| -> Result<()> {
        // SAFETY: plain call on a program-named fd.
        check(&ctx, unsafe { libc::fsync(fd) }, "fsync")
    });
    func!("fsFdatasync", |ctx: Ctx<'js>, fd: i32| -> Result<()> {
        // SAFETY: plain call on a program-named fd.
        check(&ctx, unsafe { libc::fdatasync(fd) }, "fdatasync")
    });
    // fsUtimes(path, atimeSecs, mtimeSecs, followLinks)
    func!("fsUtimes", |ctx: Ctx<'js>,
                       path: String,
                       atime: f64,
                       mtime: f64,
                       follow: bool|
     -> Result<()> {
        let syscall = if follow { "utime" } else { "lutime" };
        let c = cpath(&ctx, &path, syscall)?;
        let times = [timespec_of(atime), timespec_of(mtime)];
        let flag = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
        // SAFETY: NUL-terminated path and two timespecs.
        check(
            &ctx,
            unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), flag) },
            syscall,
        )
    });
    func!("fsFutimes", |ctx: Ctx<'js>,
                        fd: i32,
                        atime: f64,
                        mtime: f64|
     -> Result<()> {
        let times = [timespec_of(atime), timespec_of(mtime)];
        // SAFETY: two timespecs.
        check(
            &ctx,
            unsafe { libc::futimens(fd, times.as_ptr()) },
            "futime",
        )
    });
    Ok(())
}
