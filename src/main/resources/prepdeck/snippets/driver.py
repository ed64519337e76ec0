# prepdeck snippet driver: runs one snippet from the user's notes inside the sandbox.
#
# Invoked by prepdeck.snippets.Sandbox as:  python3 -s driver.py JOB.json OUT/RESULT.json
# (not -I: that would also ignore PYTHONHASHSEED, and the JVM already passes a stripped
# environment; the driver's own directory is taken off sys.path below).
# The snippet is data to this script: it is compiled and executed with exec/eval in a fresh
# namespace, statement by statement, so that the output of each top-level statement and the
# value of a bare expression can be compared with what the notes claim.
#
# Order matters: read the job and open the result file, then (inside the namespaces made by
# `unshare`) make every mount read-only except the working directory, drop all capabilities,
# set resource limits, and only then run any code from the notes. Under bubblewrap the root is
# already one of its own (the runtime read-only, the working folder, the result folder, /tmp) and
# the process an unprivileged user, so only the limits remain to set.

import ast
import builtins
import ctypes
import io
import json
import linecache
import os
import random
import resource
import sys
import tokenize
import traceback

CAPTURE_CAP = 64 * 1024


def main():
    del sys.path[0]
    with open(sys.argv[1], encoding="utf-8") as f:
        job = json.load(f)
    result = {"isolation": [], "claims": [], "display": None, "error": None, "prelude_missing": []}
    work = os.path.realpath(job["work"])
    out = os.path.realpath(os.path.dirname(sys.argv[2]))

    mode = job.get("isolation", "guards")
    if mode == "bwrap":
        # bubblewrap built this process a root of its own and made it an unprivileged user; the outer
        # namespace's pid cap, when there, was set by the line that started bwrap.
        outer = os.environ.pop("PREPDECK_PID_CAP", None)
        if outer:
            result["isolation"].append("processes: at most %s pids (outer pid namespace)" % outer)
        else:
            result["isolation"].append(cap_pids(job["limits"]["pids"]))
        result_file = open(sys.argv[2], "w", encoding="utf-8")
        result["isolation"].append(describe_view(work, os.path.dirname(sys.argv[2])))
        result["isolation"].extend(drop_capabilities())
    elif mode == "namespaces":
        result["isolation"].append(cap_pids(job["limits"]["pids"]))
        # A mount with a file open for writing cannot be made read-only, so the result file
        # lives on a bind mount of its own, opened before the rest goes read-only.
        bind_in_place([work, out])
        result_file = open(sys.argv[2], "w", encoding="utf-8")
        result["isolation"].extend(lock_filesystem(work, {work, out}))
        result["isolation"].extend(drop_capabilities())
        result["isolation"].append("filesystem: reads NOT restricted (no bubblewrap): the snippet can read every file"
                                   " the user running prepdeck can read")
    else:
        result_file = open(sys.argv[2], "w", encoding="utf-8")
        install_guards(work)
        result["isolation"].append("guards: socket creation and writes outside the working directory refused in Python only")
    set_limits(job["limits"])
    os.chdir(work)
    sys.path.insert(0, work)
    sys.argv = [job["filename"]]
    random.seed(job.get("seed", 0))

    tee = Tee(sys.stdout)
    sys.stdout = tee
    namespace = {"__name__": "__main__", "__builtins__": builtins}
    filename = job["filename"]
    register_source(filename, job["cells"])
    try:
        for cell in job["cells"][:-1]:
            missing = run_prelude(cell, filename, namespace)
            if missing:
                result["prelude_missing"].append(missing)
        run_target(job["cells"][-1], filename, namespace, tee, job.get("display_last", False), result)
    finally:
        try:
            tee.flush()
        except Exception:
            pass
        sys.stdout = sys.__stdout__
        json.dump(result, result_file)
        result_file.close()
    sys.stdout.flush()
    os._exit(0)


class Tee(io.TextIOBase):
    """Passes output straight through (the JVM enforces the output cap) and keeps a copy of
    the output of the statement being watched."""

    def __init__(self, out):
        self.out = out
        self.segment = None

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        self.out.write(s)
        if self.segment is not None and sum(map(len, self.segment)) < CAPTURE_CAP:
            self.segment.append(s)
        return len(s)

    def flush(self):
        self.out.flush()

    def writable(self):
        return True

    @property
    def encoding(self):
        return "utf-8"

    def watch(self):
        self.segment = []

    def take(self):
        text = "".join(self.segment or [])
        self.segment = None
        return text


def register_source(filename, cells):
    # Tracebacks show note lines, so build the note as far as the cells cover it.
    lines = {}
    for cell in cells:
        for i, text in enumerate(cell["code"].split("\n")):
            lines[cell["line"] + i] = text + "\n"
    last = max(lines) if lines else 0
    source = [lines.get(n, "\n") for n in range(1, last + 1)]
    linecache.cache[filename] = (sum(map(len, source)), None, source, filename)


def parse(cell, filename):
    # Blank lines in front put the code at its lines in the note, so every line number Python reports,
    # those inside its own messages ("after class definition on line 5") included, is the note's.
    return ast.parse("\n" * (cell["line"] - 1) + cell["code"], filename=filename)


def run_prelude(cell, filename, namespace):
    """Runs an earlier cell of the same card, the way a notebook has run it before; its
    failures do not stop the target, but a missing file is remembered."""
    try:
        exec(compile(parse(cell, filename), filename, "exec"), namespace)
    except FileNotFoundError as e:
        return e.filename or str(e)
    except BaseException:
        pass
    return None


def trailing_comments(code, first_line):
    comments = {}
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return comments
    code_on_line = set()
    for tok in tokens:
        if tok.type == tokenize.COMMENT:
            if tok.start[0] in code_on_line:
                comments[tok.start[0] + first_line - 1] = tok.string[1:].strip()
        elif tok.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
                              tokenize.ENCODING, tokenize.ENDMARKER):
            for n in range(tok.start[0], tok.end[0] + 1):
                code_on_line.add(n)
    return comments


def run_target(cell, filename, namespace, tee, display_last, result):
    try:
        tree = parse(cell, filename)
    except SyntaxError as e:
        result["error"] = {
            "type": type(e).__name__, "message": e.msg or str(e), "line": e.lineno or cell["line"],
            "traceback": "".join(traceback.format_exception_only(type(e), e))}
        return
    comments = trailing_comments(cell["code"], cell["line"])
    body = tree.body
    for index, stmt in enumerate(body):
        comment = comments.get(stmt.end_lineno) if isinstance(stmt, ast.Expr) else None
        is_last = index == len(body) - 1
        wants_value = isinstance(stmt, ast.Expr) and (comment is not None or (is_last and display_last))
        claim = None
        if comment is not None:
            claim = {"line": stmt.end_lineno, "comment": comment, "printed": None, "value": None,
                     "is_print": is_print_call(stmt)}
            result["claims"].append(claim)
            tee.watch()
        try:
            if wants_value:
                value = eval(compile(ast.Expression(stmt.value), filename, "eval"), namespace)
                if claim is not None:
                    claim["value"] = safe_repr(value)
                if is_last and display_last and value is not None:
                    result["display"] = safe_repr(value)
            else:
                exec(compile(ast.Module([stmt], type_ignores=[]), filename, "exec"), namespace)
        except SystemExit as e:
            if claim is not None:
                claim["printed"] = tee.take()
            if e.code not in (None, 0):
                result["error"] = describe(e, filename)
            return
        except BaseException as e:
            if claim is not None:
                claim["printed"] = tee.take()
                claim["raised"] = "%s: %s" % (type(e).__name__, e)
            result["error"] = describe(e, filename)
            return
        if claim is not None:
            claim["printed"] = tee.take()


def is_print_call(stmt):
    call = stmt.value
    return isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "print"


def safe_repr(value):
    try:
        text = repr(value)
    except BaseException as e:
        text = "<repr failed: %s>" % type(e).__name__
    return text[:CAPTURE_CAP]


def describe(e, filename):
    tb = e.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != filename:
        tb = tb.tb_next
    line = entry = None
    walk = tb
    while walk is not None:
        if walk.tb_frame.f_code.co_filename == filename:
            line = walk.tb_lineno
            if entry is None:
                entry = walk.tb_lineno
        walk = walk.tb_next
    try:
        text = "".join(traceback.format_exception(type(e), e, tb))
    except BaseException:
        text = "%s: %s\n" % (type(e).__name__, e)
    error = {"type": type(e).__name__, "message": str(e), "line": line, "entry": entry,
             "traceback": text[:CAPTURE_CAP]}
    if isinstance(e, FileNotFoundError):
        error["filename"] = e.filename
    return error


# --- limits -------------------------------------------------------------------------------

def set_limits(limits):
    def cap(kind, value):
        try:
            soft, hard = resource.getrlimit(kind)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(kind, (value, value))
        except (ValueError, OSError):
            pass
    cap(resource.RLIMIT_AS, limits["memory"])
    cap(resource.RLIMIT_NPROC, limits["processes"])
    cap(resource.RLIMIT_FSIZE, limits["file"])
    cap(resource.RLIMIT_CPU, limits["cpu"])
    cap(resource.RLIMIT_NOFILE, 256)
    cap(resource.RLIMIT_CORE, 0)


# --- namespaces: read-only mounts, no capabilities ------------------------------------------

MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_NOATIME, MS_NODIRATIME, MS_BIND, MS_REC = 32, 1024, 2048, 4096, 16384
MS_PRIVATE, MS_RELATIME = 1 << 18, 1 << 21
MOUNT_FLAGS = {"nosuid": MS_NOSUID, "nodev": MS_NODEV, "noexec": MS_NOEXEC, "noatime": MS_NOATIME,
               "nodiratime": MS_NODIRATIME, "relatime": MS_RELATIME}


def cap_pids(pids):
    # RLIMIT_NPROC does not bind a process whose real user is root outside the namespace, so
    # also cap the number of pids in the new pid namespace (per-namespace pid_max, Linux 6.14+).
    try:
        with open("/proc/sys/kernel/pid_max", "w") as f:
            f.write(str(pids))
        return "processes: at most %d pids in the namespace" % pids
    except OSError as e:
        return "processes: pid namespace not capped (%s); RLIMIT_NPROC only" % e.strerror


def libc():
    lib = ctypes.CDLL(None, use_errno=True)
    lib.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_void_p]
    return lib


def unescape(path):
    return path.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def mount(source, target, flags):
    lib = libc()
    if lib.mount(source and source.encode(), target.encode(), None, flags, None) != 0:
        return os.strerror(ctypes.get_errno())
    return None


def bind_in_place(paths):
    mount(None, "/", MS_REC | MS_PRIVATE)
    for path in paths:
        failure = mount(path, path, MS_BIND)
        if failure:
            raise SystemExit("sandbox: cannot bind %s: %s" % (path, failure))


def lock_filesystem(work, keep):
    notes = []
    with open("/proc/self/mountinfo", encoding="utf-8") as f:
        entries = [line.split() for line in f]
    writable = []
    for fields in entries:
        point = unescape(fields[4])
        if point in keep:
            continue
        flags = MS_REMOUNT | MS_BIND | MS_RDONLY
        for option in fields[5].split(","):
            flags |= MOUNT_FLAGS.get(option, 0)
        failure = mount(None, point, flags)
        if failure:
            writable.append("%s (%s)" % (point, failure))
    probe = os.path.join(os.path.dirname(work), ".prepdeck-probe")
    try:
        with open(probe, "w"):
            pass
        os.unlink(probe)
        notes.append("filesystem: NOT read-only outside the working directory")
    except OSError:
        notes.append("filesystem: read-only outside the working directory")
    if writable:
        notes.append("mounts left writable: " + ", ".join(writable))
    return notes


def describe_view(work, out):
    """What the snippet's root holds, checked rather than assumed: writes must fail everywhere but the
    working folder, the result folder and /tmp."""
    writable = []
    for folder in ("/", "/usr", "/etc", "/prepdeck", "/dev", "/proc"):
        probe = os.path.join(folder, ".prepdeck-probe")
        try:
            with open(probe, "w"):
                pass
            os.unlink(probe)
            writable.append(folder)
        except OSError:
            pass
    view = "filesystem: a root of its own (bubblewrap) with the Python runtime read-only, %s, a private /tmp; uid %d" % (
        work, os.getuid())
    if writable:
        view += "; WRITABLE: " + ", ".join(writable)
    return view


def drop_capabilities():
    lib = ctypes.CDLL(None, use_errno=True)
    PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS = 24, 38
    for cap in range(64):
        lib.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                    ("inheritable", ctypes.c_uint32)]

    header = Header(0x20080522, 0)
    data = (Data * 2)()
    ok = lib.capset(ctypes.byref(header), data) == 0
    lib.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    return ["capabilities: " + ("dropped" if ok else "NOT dropped: " + os.strerror(ctypes.get_errno()))]


# --- guards, used only when namespaces are unavailable ----------------------------------------

def install_guards(work):
    import socket

    def refuse(*args, **kwargs):
        raise PermissionError("network access is disabled in the snippet sandbox")

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse()

    socket.socket = NoSocket
    socket.create_connection = refuse
    socket.socketpair = refuse
    inside = work.rstrip("/") + "/"

    def check(path):
        try:
            full = os.path.realpath(os.fspath(path))
        except TypeError:
            return
        if full != work and not full.startswith(inside):
            raise PermissionError("writing outside the snippet's directory is refused: %s" % path)

    real_open = builtins.open

    def guarded_open(file, mode="r", *args, **kwargs):
        if isinstance(file, (str, bytes, os.PathLike)) and any(c in mode for c in "wax+"):
            check(file)
        return real_open(file, mode, *args, **kwargs)

    builtins.open = guarded_open
    io.open = guarded_open
    real_os_open = os.open

    def guarded_os_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND):
            check(path)
        return real_os_open(path, flags, *args, **kwargs)

    os.open = guarded_os_open
    for name in ("remove", "unlink", "rmdir", "mkdir", "makedirs", "rename", "replace", "chmod", "symlink", "link"):
        real = getattr(os, name, None)
        if real is None:
            continue

        def guarded(path, *args, _real=real, **kwargs):
            check(path)
            for other in args[:1]:
                if isinstance(other, (str, bytes, os.PathLike)):
                    check(other)
            return _real(path, *args, **kwargs)

        setattr(os, name, guarded)

    def no_fork(*args, **kwargs):
        raise PermissionError("starting processes is disabled in the snippet sandbox")

    os.fork = no_fork


if __name__ == "__main__":
    main()
