# Two hundred small functions: many child code objects in one module.


def handler_000(x):
    return x + 0


def handler_001(x, y=1):
    return x * y


def handler_002(*args):
    return len(args) + 2


def handler_003(x):
    def inner():
        return x - 3
    return inner()


def handler_004(x):
    return x + 4


def handler_005(x, y=5):
    return x * y


def handler_006(*args):
    return len(args) + 6


def handler_007(x):
    def inner():
        return x - 7
    return inner()


def handler_008(x):
    return x + 8


def handler_009(x, y=9):
    return x * y


def handler_010(*args):
    return len(args) + 10


def handler_011(x):
    def inner():
        return x - 11
    return inner()


def handler_012(x):
    return x + 12


def handler_013(x, y=13):
    return x * y


def handler_014(*args):
    return len(args) + 14


def handler_015(x):
    def inner():
        return x - 15
    return inner()


def handler_016(x):
    return x + 16


def handler_017(x, y=17):
    return x * y


def handler_018(*args):
    return len(args) + 18


def handler_019(x):
    def inner():
        return x - 19
    return inner()


def handler_020(x):
    return x + 20


def handler_021(x, y=21):
    return x * y


def handler_022(*args):
    return len(args) + 22


def handler_023(x):
    def inner():
        return x - 23
    return inner()


def handler_024(x):
    return x + 24


def handler_025(x, y=25):
    return x * y


def handler_026(*args):
    return len(args) + 26


def handler_027(x):
    def inner():
        return x - 27
    return inner()


def handler_028(x):
    return x + 28


def handler_029(x, y=29):
    return x * y


def handler_030(*args):
    return len(args) + 30


def handler_031(x):
    def inner():
        return x - 31
    return inner()


def handler_032(x):
    return x + 32


def handler_033(x, y=33):
    return x * y


def handler_034(*args):
    return len(args) + 34


def handler_035(x):
    def inner():
        return x - 35
    return inner()


def handler_036(x):
    return x + 36


def handler_037(x, y=37):
    return x * y


def handler_038(*args):
    return len(args) + 38


def handler_039(x):
    def inner():
        return x - 39
    return inner()


def handler_040(x):
    return x + 40


def handler_041(x, y=41):
    return x * y


def handler_042(*args):
    return len(args) + 42


def handler_043(x):
    def inner():
        return x - 43
    return inner()


def handler_044(x):
    return x + 44


def handler_045(x, y=45):
    return x * y


def handler_046(*args):
    return len(args) + 46


def handler_047(x):
    def inner():
        return x - 47
    return inner()


def handler_048(x):
    return x + 48


def handler_049(x, y=49):
    return x * y


def handler_050(*args):
    return len(args) + 50


def handler_051(x):
    def inner():
        return x - 51
    return inner()


def handler_052(x):
    return x + 52


def handler_053(x, y=53):
    return x * y


def handler_054(*args):
    return len(args) + 54


def handler_055(x):
    def inner():
        return x - 55
    return inner()


def handler_056(x):
    return x + 56


def handler_057(x, y=57):
    return x * y


def handler_058(*args):
    return len(args) + 58


def handler_059(x):
    def inner():
        return x - 59
    return inner()


def handler_060(x):
    return x + 60


def handler_061(x, y=61):
    return x * y


def handler_062(*args):
    return len(args) + 62


def handler_063(x):
    def inner():
        return x - 63
    return inner()


def handler_064(x):
    return x + 64


def handler_065(x, y=65):
    return x * y


def handler_066(*args):
    return len(args) + 66


def handler_067(x):
    def inner():
        return x - 67
    return inner()


def handler_068(x):
    return x + 68


def handler_069(x, y=69):
    return x * y


def handler_070(*args):
    return len(args) + 70


def handler_071(x):
    def inner():
        return x - 71
    return inner()


def handler_072(x):
    return x + 72


def handler_073(x, y=73):
    return x * y


def handler_074(*args):
    return len(args) + 74


def handler_075(x):
    def inner():
        return x - 75
    return inner()


def handler_076(x):
    return x + 76


def handler_077(x, y=77):
    return x * y


def handler_078(*args):
    return len(args) + 78


def handler_079(x):
    def inner():
        return x - 79
    return inner()


def handler_080(x):
    return x + 80


def handler_081(x, y=81):
    return x * y


def handler_082(*args):
    return len(args) + 82


def handler_083(x):
    def inner():
        return x - 83
    return inner()


def handler_084(x):
    return x + 84


def handler_085(x, y=85):
    return x * y


def handler_086(*args):
    return len(args) + 86


def handler_087(x):
    def inner():
        return x - 87
    return inner()


def handler_088(x):
    return x + 88


def handler_089(x, y=89):
    return x * y


def handler_090(*args):
    return len(args) + 90


def handler_091(x):
    def inner():
        return x - 91
    return inner()


def handler_092(x):
    return x + 92


def handler_093(x, y=93):
    return x * y


def handler_094(*args):
    return len(args) + 94


def handler_095(x):
    def inner():
        return x - 95
    return inner()


def handler_096(x):
    return x + 96


def handler_097(x, y=97):
    return x * y


def handler_098(*args):
    return len(args) + 98


def handler_099(x):
    def inner():
        return x - 99
    return inner()


def handler_100(x):
    return x + 100


def handler_101(x, y=101):
    return x * y


def handler_102(*args):
    return len(args) + 102


def handler_103(x):
    def inner():
        return x - 103
    return inner()


def handler_104(x):
    return x + 104


def handler_105(x, y=105):
    return x * y


def handler_106(*args):
    return len(args) + 106


def handler_107(x):
    def inner():
        return x - 107
    return inner()


def handler_108(x):
    return x + 108


def handler_109(x, y=109):
    return x * y


def handler_110(*args):
    return len(args) + 110


def handler_111(x):
    def inner():
        return x - 111
    return inner()


def handler_112(x):
    return x + 112


def handler_113(x, y=113):
    return x * y


def handler_114(*args):
    return len(args) + 114


def handler_115(x):
    def inner():
        return x - 115
    return inner()


def handler_116(x):
    return x + 116


def handler_117(x, y=117):
    return x * y


def handler_118(*args):
    return len(args) + 118


def handler_119(x):
    def inner():
        return x - 119
    return inner()


def handler_120(x):
    return x + 120


def handler_121(x, y=121):
    return x * y


def handler_122(*args):
    return len(args) + 122


def handler_123(x):
    def inner():
        return x - 123
    return inner()


def handler_124(x):
    return x + 124


def handler_125(x, y=125):
    return x * y


def handler_126(*args):
    return len(args) + 126


def handler_127(x):
    def inner():
        return x - 127
    return inner()


def handler_128(x):
    return x + 128


def handler_129(x, y=129):
    return x * y


def handler_130(*args):
    return len(args) + 130


def handler_131(x):
    def inner():
        return x - 131
    return inner()


def handler_132(x):
    return x + 132


def handler_133(x, y=133):
    return x * y


def handler_134(*args):
    return len(args) + 134


def handler_135(x):
    def inner():
        return x - 135
    return inner()


def handler_136(x):
    return x + 136


def handler_137(x, y=137):
    return x * y


def handler_138(*args):
    return len(args) + 138


def handler_139(x):
    def inner():
        return x - 139
    return inner()


def handler_140(x):
    return x + 140


def handler_141(x, y=141):
    return x * y


def handler_142(*args):
    return len(args) + 142


def handler_143(x):
    def inner():
        return x - 143
    return inner()


def handler_144(x):
    return x + 144


def handler_145(x, y=145):
    return x * y


def handler_146(*args):
    return len(args) + 146


def handler_147(x):
    def inner():
        return x - 147
    return inner()


def handler_148(x):
    return x + 148


def handler_149(x, y=149):
    return x * y


def handler_150(*args):
    return len(args) + 150


def handler_151(x):
    def inner():
        return x - 151
    return inner()


def handler_152(x):
    return x + 152


def handler_153(x, y=153):
    return x * y


def handler_154(*args):
    return len(args) + 154


def handler_155(x):
    def inner():
        return x - 155
    return inner()


def handler_156(x):
    return x + 156


def handler_157(x, y=157):
    return x * y


def handler_158(*args):
    return len(args) + 158


def handler_159(x):
    def inner():
        return x - 159
    return inner()


def handler_160(x):
    return x + 160


def handler_161(x, y=161):
    return x * y


def handler_162(*args):
    return len(args) + 162


def handler_163(x):
    def inner():
        return x - 163
    return inner()


def handler_164(x):
    return x + 164


def handler_165(x, y=165):
    return x * y


def handler_166(*args):
    return len(args) + 166


def handler_167(x):
    def inner():
        return x - 167
    return inner()


def handler_168(x):
    return x + 168


def handler_169(x, y=169):
    return x * y


def handler_170(*args):
    return len(args) + 170


def handler_171(x):
    def inner():
        return x - 171
    return inner()


def handler_172(x):
    return x + 172


def handler_173(x, y=173):
    return x * y


def handler_174(*args):
    return len(args) + 174


def handler_175(x):
    def inner():
        return x - 175
    return inner()


def handler_176(x):
    return x + 176


def handler_177(x, y=177):
    return x * y


def handler_178(*args):
    return len(args) + 178


def handler_179(x):
    def inner():
        return x - 179
    return inner()


def handler_180(x):
    return x + 180


def handler_181(x, y=181):
    return x * y


def handler_182(*args):
    return len(args) + 182


def handler_183(x):
    def inner():
        return x - 183
    return inner()


def handler_184(x):
    return x + 184


def handler_185(x, y=185):
    return x * y


def handler_186(*args):
    return len(args) + 186


def handler_187(x):
    def inner():
        return x - 187
    return inner()


def handler_188(x):
    return x + 188


def handler_189(x, y=189):
    return x * y


def handler_190(*args):
    return len(args) + 190


def handler_191(x):
    def inner():
        return x - 191
    return inner()


def handler_192(x):
    return x + 192


def handler_193(x, y=193):
    return x * y


def handler_194(*args):
    return len(args) + 194


def handler_195(x):
    def inner():
        return x - 195
    return inner()


def handler_196(x):
    return x + 196


def handler_197(x, y=197):
    return x * y


def handler_198(*args):
    return len(args) + 198


def handler_199(x):
    def inner():
        return x - 199
    return inner()


HANDLERS = [
    handler_000, handler_001, handler_002, handler_003, handler_004, handler_005, handler_006, handler_007,
    handler_008, handler_009, handler_010, handler_011, handler_012, handler_013, handler_014, handler_015,
    handler_016, handler_017, handler_018, handler_019, handler_020, handler_021, handler_022, handler_023,
    handler_024, handler_025, handler_026, handler_027, handler_028, handler_029, handler_030, handler_031,
    handler_032, handler_033, handler_034, handler_035, handler_036, handler_037, handler_038, handler_039,
    handler_040, handler_041, handler_042, handler_043, handler_044, handler_045, handler_046, handler_047,
    handler_048, handler_049, handler_050, handler_051, handler_052, handler_053, handler_054, handler_055,
    handler_056, handler_057, handler_058, handler_059, handler_060, handler_061, handler_062, handler_063,
    handler_064, handler_065, handler_066, handler_067, handler_068, handler_069, handler_070, handler_071,
    handler_072, handler_073, handler_074, handler_075, handler_076, handler_077, handler_078, handler_079,
    handler_080, handler_081, handler_082, handler_083, handler_084, handler_085, handler_086, handler_087,
    handler_088, handler_089, handler_090, handler_091, handler_092, handler_093, handler_094, handler_095,
    handler_096, handler_097, handler_098, handler_099, handler_100, handler_101, handler_102, handler_103,
    handler_104, handler_105, handler_106, handler_107, handler_108, handler_109, handler_110, handler_111,
    handler_112, handler_113, handler_114, handler_115, handler_116, handler_117, handler_118, handler_119,
    handler_120, handler_121, handler_122, handler_123, handler_124, handler_125, handler_126, handler_127,
    handler_128, handler_129, handler_130, handler_131, handler_132, handler_133, handler_134, handler_135,
    handler_136, handler_137, handler_138, handler_139, handler_140, handler_141, handler_142, handler_143,
    handler_144, handler_145, handler_146, handler_147, handler_148, handler_149, handler_150, handler_151,
    handler_152, handler_153, handler_154, handler_155, handler_156, handler_157, handler_158, handler_159,
    handler_160, handler_161, handler_162, handler_163, handler_164, handler_165, handler_166, handler_167,
    handler_168, handler_169, handler_170, handler_171, handler_172, handler_173, handler_174, handler_175,
    handler_176, handler_177, handler_178, handler_179, handler_180, handler_181, handler_182, handler_183,
    handler_184, handler_185, handler_186, handler_187, handler_188, handler_189, handler_190, handler_191,
    handler_192, handler_193, handler_194, handler_195, handler_196, handler_197, handler_198, handler_199,
]

print(sum(h(1) for h in HANDLERS))
