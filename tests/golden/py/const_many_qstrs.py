# Far more than 127 distinct names so qstr indices need two-byte varints.
alpha_000 = 0; alpha_001 = 1; alpha_002 = 2; alpha_003 = 3; alpha_004 = 4
alpha_005 = 5; alpha_006 = 6; alpha_007 = 7; alpha_008 = 8; alpha_009 = 9
alpha_010 = 10; alpha_011 = 11; alpha_012 = 12; alpha_013 = 13; alpha_014 = 14
alpha_015 = 15; alpha_016 = 16; alpha_017 = 17; alpha_018 = 18; alpha_019 = 19
alpha_020 = 20; alpha_021 = 21; alpha_022 = 22; alpha_023 = 23; alpha_024 = 24
alpha_025 = 25; alpha_026 = 26; alpha_027 = 27; alpha_028 = 28; alpha_029 = 29
alpha_030 = 30; alpha_031 = 31; alpha_032 = 32; alpha_033 = 33; alpha_034 = 34
alpha_035 = 35; alpha_036 = 36; alpha_037 = 37; alpha_038 = 38; alpha_039 = 39
beta_040 = 40; beta_041 = 41; beta_042 = 42; beta_043 = 43; beta_044 = 44
beta_045 = 45; beta_046 = 46; beta_047 = 47; beta_048 = 48; beta_049 = 49
beta_050 = 50; beta_051 = 51; beta_052 = 52; beta_053 = 53; beta_054 = 54
beta_055 = 55; beta_056 = 56; beta_057 = 57; beta_058 = 58; beta_059 = 59
beta_060 = 60; beta_061 = 61; beta_062 = 62; beta_063 = 63; beta_064 = 64
beta_065 = 65; beta_066 = 66; beta_067 = 67; beta_068 = 68; beta_069 = 69
beta_070 = 70; beta_071 = 71; beta_072 = 72; beta_073 = 73; beta_074 = 74
beta_075 = 75; beta_076 = 76; beta_077 = 77; beta_078 = 78; beta_079 = 79
gamma_080 = 80; gamma_081 = 81; gamma_082 = 82; gamma_083 = 83; gamma_084 = 84
gamma_085 = 85; gamma_086 = 86; gamma_087 = 87; gamma_088 = 88; gamma_089 = 89
gamma_090 = 90; gamma_091 = 91; gamma_092 = 92; gamma_093 = 93; gamma_094 = 94
gamma_095 = 95; gamma_096 = 96; gamma_097 = 97; gamma_098 = 98; gamma_099 = 99
gamma_100 = 100; gamma_101 = 101; gamma_102 = 102; gamma_103 = 103; gamma_104 = 104
gamma_105 = 105; gamma_106 = 106; gamma_107 = 107; gamma_108 = 108; gamma_109 = 109
gamma_110 = 110; gamma_111 = 111; gamma_112 = 112; gamma_113 = 113; gamma_114 = 114
gamma_115 = 115; gamma_116 = 116; gamma_117 = 117; gamma_118 = 118; gamma_119 = 119
delta_120 = 120; delta_121 = 121; delta_122 = 122; delta_123 = 123; delta_124 = 124
delta_125 = 125; delta_126 = 126; delta_127 = 127; delta_128 = 128; delta_129 = 129
delta_130 = 130; delta_131 = 131; delta_132 = 132; delta_133 = 133; delta_134 = 134
delta_135 = 135; delta_136 = 136; delta_137 = 137; delta_138 = 138; delta_139 = 139
delta_140 = 140; delta_141 = 141; delta_142 = 142; delta_143 = 143; delta_144 = 144
delta_145 = 145; delta_146 = 146; delta_147 = 147; delta_148 = 148; delta_149 = 149
delta_150 = 150; delta_151 = 151; delta_152 = 152; delta_153 = 153; delta_154 = 154
delta_155 = 155; delta_156 = 156; delta_157 = 157; delta_158 = 158; delta_159 = 159


def total():
    return (alpha_000 + alpha_010 + alpha_020 + alpha_030 + beta_040 + beta_050
            + beta_060 + beta_070 + gamma_080 + gamma_090 + gamma_100 + gamma_110
            + delta_120 + delta_130 + delta_140 + delta_150 + delta_159)


print(total())
