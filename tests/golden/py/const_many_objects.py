# More than 127 constant objects in one function so object indices use two bytes.
def table():
    return [
        "s000", "s001", "s002", "s003", "s004", "s005", "s006", "s007", "s008", "s009",
        "s010", "s011", "s012", "s013", "s014", "s015", "s016", "s017", "s018", "s019",
        1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5,
        b"b00", b"b01", b"b02", b"b03", b"b04", b"b05", b"b06", b"b07", b"b08", b"b09",
        10**20, 10**21, 10**22, 10**23, 10**24, 10**25, 10**26, 10**27, 10**28, 10**29,
        "this is string number 050 and it is long enough to be an object",
        "this is string number 051 and it is long enough to be an object",
        "this is string number 052 and it is long enough to be an object",
        "this is string number 053 and it is long enough to be an object",
        "this is string number 054 and it is long enough to be an object",
        "this is string number 055 and it is long enough to be an object",
        "this is string number 056 and it is long enough to be an object",
        "this is string number 057 and it is long enough to be an object",
        "this is string number 058 and it is long enough to be an object",
        "this is string number 059 and it is long enough to be an object",
        0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.10,
        0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.17, 0.18, 0.19, 0.20,
        0.21, 0.22, 0.23, 0.24, 0.25, 0.26, 0.27, 0.28, 0.29, 0.30,
        0.31, 0.32, 0.33, 0.34, 0.35, 0.36, 0.37, 0.38, 0.39, 0.40,
        b"c00", b"c01", b"c02", b"c03", b"c04", b"c05", b"c06", b"c07", b"c08", b"c09",
        b"c10", b"c11", b"c12", b"c13", b"c14", b"c15", b"c16", b"c17", b"c18", b"c19",
        2**100, 2**101, 2**102, 2**103, 2**104, 2**105, 2**106, 2**107, 2**108, 2**109,
        1j, 2j, 3j, 4j, 5j, 6j, 7j, 8j, 9j, 10j,
        -1.5e10, -2.5e10, -3.5e10, -4.5e10, -5.5e10, -6.5e10, -7.5e10, -8.5e10, -9.5e10, -1e11,
        1e-5, 2e-5, 3e-5, 4e-5, 5e-5, 6e-5, 7e-5, 8e-5, 9e-5, 1e-4,
    ]


print(len(table()))
