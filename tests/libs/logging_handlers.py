# libs: Logging
# expected: cpython
# filter: s/^[0-9]+\.[0-9]{3}: /<time>: /
# adafruit_logging: loggers and levels, StreamHandler to sys.stdout and to
# a StringIO, % and { formatters with defaults, NullHandler, the default
# handler (sys.stderr), FileHandler and RotatingFileHandler (files renamed
# and removed through os), module-level functions.
import io
import os
import sys

import adafruit_logging as logging

log = logging.getLogger("driver")
print(log is logging.getLogger("driver"), log.getEffectiveLevel(), log.hasHandlers())
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s/%(levelname)s/%(levelno)d: %(message)s"))
log.addHandler(out)
log.setLevel(logging.DEBUG)
for level in (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL):
    log.log(level, "level %d, %s", level, "args")
log.debug("debug %r", [1, "two"])
log.info("info")
log.warning("warning %d%%", 50)
log.error("error")
log.critical("critical")
out.setLevel(logging.ERROR)
log.info("hidden by the handler level")
log.error("shown")
out.setLevel(logging.NOTSET)

buf = io.StringIO()
mem = logging.StreamHandler(buf)
mem.setFormatter(logging.Formatter("{levelname:>8}|{message}|{ip}", style="{", defaults={"ip": "10.0.0.1"}))
log.addHandler(mem)
log.warning("to both")
log.removeHandler(out)
log.warning("multi\nline\nmessage")
print(repr(buf.getvalue()))
try:
    logging.Formatter("$x", style="$")
except ValueError as e:
    print("ValueError:", e)

quiet = logging.getLogger("quiet")
quiet.addHandler(logging.NullHandler())
quiet.setLevel(logging.ERROR)
quiet.error("into the void")
print("quiet has handlers:", quiet.hasHandlers())

# No handler of its own: the default handler writes to sys.stderr.
lonely = logging.getLogger("lonely")
lonely.setLevel(logging.INFO)
lonely.info("default handler %s", "used")
lonely.debug("below the level")

with open("driver.log", "w") as f:
    pass
fh = logging.FileHandler("driver.log", "w")
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
flog = logging.getLogger("file")
flog.addHandler(fh)
flog.warning("first line")
flog.error("second line")
fh.close()
with open("driver.log", "rb") as f:
    print(repr(f.read().decode()))

rot = logging.RotatingFileHandler("rot.log", "w", maxBytes=40, backupCount=2)
rot.setFormatter(logging.Formatter("%(message)s"))
rlog = logging.getLogger("rot")
rlog.addHandler(rot)
for i in range(12):
    rlog.warning("record number %02d", i)
rot.close()
for name in ("rot.log", "rot.log.1", "rot.log.2", "rot.log.3"):
    try:
        with open(name, "rb") as f:
            print(name, repr(f.read().decode()))
        os.remove(name)
    except OSError:
        print(name, "absent")
os.remove("driver.log")
try:
    logging.RotatingFileHandler("x.log", maxBytes=-1)
except ValueError as e:
    print("ValueError:", e)

root = logging.getLogger()
root.addHandler(out)
logging.warning("root warning %d", 1)
logging.info("root info is below WARNING")
logging.error("root error")
print([name for name, _ in logging.LEVELS], logging.FATAL, logging.WARN)
