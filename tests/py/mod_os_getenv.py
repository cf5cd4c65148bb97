# os.getenv as CircuitPython answers it: top-level keys of settings.toml in
# the current folder (quoted strings with escapes, bare text up to a comment,
# malformed values and keys after a [table] absent), then the default.
import os

os.mkdir("getenv_dir")
os.chdir("getenv_dir")
with open("settings.toml", "w") as f:
    f.write('# settings\n')
    f.write('WIFI_SSID = "home\\tnet \\u00e9\\"q\\""\n')
    f.write('PORT=8080 # a comment\n')
    f.write('  NAME =  bare words  \n')
    f.write('BROKEN = "no end\n')
    f.write('EMPTY =\n')
    f.write('PORTAL = "portal"\n')
    f.write('[table]\n')
    f.write('LATER = "hidden"\n')
for key in ("WIFI_SSID", "PORT", "PORTA", "NAME", "BROKEN", "EMPTY", "PORTAL", "LATER", "CPY_NOT_SET_ANYWHERE"):
    print(key, repr(os.getenv(key)), repr(os.getenv(key, "dflt")), repr(os.getenv(key, default=-1)))
try:
    os.getenv(5)
except TypeError:
    print("TypeError")
os.remove("settings.toml")
print(os.getenv("PORT"), os.getenv("PORT", 1))
os.chdir("..")
os.rmdir("getenv_dir")
