# A bytecode interpreter loop: one long if/elif chain inside a while loop,
# so forward and backward jumps span thousands of bytes.


def execute(program, memory):
    stack = []
    pc = 0
    steps = 0
    trace = []
    while pc < len(program):
        op, arg = program[pc]
        pc += 1
        steps += 1
        if op == "push_0":
            stack.append(arg + 0)
        elif op == "pop_0":
            if stack:
                memory[1 % len(memory)] = stack.pop()
        elif op == "add_0":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 3 + b) & 0xFFFF)
        elif op == "sub_0":
            if stack and stack[-1] == 3:
                pc = arg
                continue
        elif op == "mul_0":
            trace.append((pc, "mul_0", len(stack)))
        elif op == "div_0":
            if steps > 1005:
                break
            memory[arg % len(memory)] += 5
        elif op == "dup_0":
            stack.append(arg + 6)
        elif op == "swap_0":
            if stack:
                memory[7 % len(memory)] = stack.pop()
        elif op == "jmp_0":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 9 + b) & 0xFFFF)
        elif op == "jz_0":
            if stack and stack[-1] == 9:
                pc = arg
                continue
        elif op == "load_0":
            trace.append((pc, "load_0", len(stack)))
        elif op == "store_0":
            if steps > 1011:
                break
            memory[arg % len(memory)] += 11
        elif op == "print_0":
            stack.append(arg + 12)
        elif op == "halt_0":
            if stack:
                memory[13 % len(memory)] = stack.pop()
        elif op == "nop_0":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 15 + b) & 0xFFFF)
        elif op == "inc_0":
            if stack and stack[-1] == 15:
                pc = arg
                continue
        elif op == "dec_0":
            trace.append((pc, "dec_0", len(stack)))
        elif op == "neg_0":
            if steps > 1017:
                break
            memory[arg % len(memory)] += 17
        elif op == "and_0":
            stack.append(arg + 18)
        elif op == "or_0":
            if stack:
                memory[19 % len(memory)] = stack.pop()
        elif op == "push_1":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 21 + b) & 0xFFFF)
        elif op == "pop_1":
            if stack and stack[-1] == 21:
                pc = arg
                continue
        elif op == "add_1":
            trace.append((pc, "add_1", len(stack)))
        elif op == "sub_1":
            if steps > 1023:
                break
            memory[arg % len(memory)] += 23
        elif op == "mul_1":
            stack.append(arg + 24)
        elif op == "div_1":
            if stack:
                memory[25 % len(memory)] = stack.pop()
        elif op == "dup_1":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 27 + b) & 0xFFFF)
        elif op == "swap_1":
            if stack and stack[-1] == 27:
                pc = arg
                continue
        elif op == "jmp_1":
            trace.append((pc, "jmp_1", len(stack)))
        elif op == "jz_1":
            if steps > 1029:
                break
            memory[arg % len(memory)] += 29
        elif op == "load_1":
            stack.append(arg + 30)
        elif op == "store_1":
            if stack:
                memory[31 % len(memory)] = stack.pop()
        elif op == "print_1":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 33 + b) & 0xFFFF)
        elif op == "halt_1":
            if stack and stack[-1] == 33:
                pc = arg
                continue
        elif op == "nop_1":
            trace.append((pc, "nop_1", len(stack)))
        elif op == "inc_1":
            if steps > 1035:
                break
            memory[arg % len(memory)] += 35
        elif op == "dec_1":
            stack.append(arg + 36)
        elif op == "neg_1":
            if stack:
                memory[37 % len(memory)] = stack.pop()
        elif op == "and_1":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 39 + b) & 0xFFFF)
        elif op == "or_1":
            if stack and stack[-1] == 39:
                pc = arg
                continue
        elif op == "push_2":
            trace.append((pc, "push_2", len(stack)))
        elif op == "pop_2":
            if steps > 1041:
                break
            memory[arg % len(memory)] += 41
        elif op == "add_2":
            stack.append(arg + 42)
        elif op == "sub_2":
            if stack:
                memory[43 % len(memory)] = stack.pop()
        elif op == "mul_2":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 45 + b) & 0xFFFF)
        elif op == "div_2":
            if stack and stack[-1] == 45:
                pc = arg
                continue
        elif op == "dup_2":
            trace.append((pc, "dup_2", len(stack)))
        elif op == "swap_2":
            if steps > 1047:
                break
            memory[arg % len(memory)] += 47
        elif op == "jmp_2":
            stack.append(arg + 48)
        elif op == "jz_2":
            if stack:
                memory[49 % len(memory)] = stack.pop()
        elif op == "load_2":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 51 + b) & 0xFFFF)
        elif op == "store_2":
            if stack and stack[-1] == 51:
                pc = arg
                continue
        elif op == "print_2":
            trace.append((pc, "print_2", len(stack)))
        elif op == "halt_2":
            if steps > 1053:
                break
            memory[arg % len(memory)] += 53
        elif op == "nop_2":
            stack.append(arg + 54)
        elif op == "inc_2":
            if stack:
                memory[55 % len(memory)] = stack.pop()
        elif op == "dec_2":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 57 + b) & 0xFFFF)
        elif op == "neg_2":
            if stack and stack[-1] == 57:
                pc = arg
                continue
        elif op == "and_2":
            trace.append((pc, "and_2", len(stack)))
        elif op == "or_2":
            if steps > 1059:
                break
            memory[arg % len(memory)] += 59
        elif op == "push_3":
            stack.append(arg + 60)
        elif op == "pop_3":
            if stack:
                memory[61 % len(memory)] = stack.pop()
        elif op == "add_3":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 63 + b) & 0xFFFF)
        elif op == "sub_3":
            if stack and stack[-1] == 63:
                pc = arg
                continue
        elif op == "mul_3":
            trace.append((pc, "mul_3", len(stack)))
        elif op == "div_3":
            if steps > 1065:
                break
            memory[arg % len(memory)] += 65
        elif op == "dup_3":
            stack.append(arg + 66)
        elif op == "swap_3":
            if stack:
                memory[67 % len(memory)] = stack.pop()
        elif op == "jmp_3":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 69 + b) & 0xFFFF)
        elif op == "jz_3":
            if stack and stack[-1] == 69:
                pc = arg
                continue
        elif op == "load_3":
            trace.append((pc, "load_3", len(stack)))
        elif op == "store_3":
            if steps > 1071:
                break
            memory[arg % len(memory)] += 71
        elif op == "print_3":
            stack.append(arg + 72)
        elif op == "halt_3":
            if stack:
                memory[73 % len(memory)] = stack.pop()
        elif op == "nop_3":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 75 + b) & 0xFFFF)
        elif op == "inc_3":
            if stack and stack[-1] == 75:
                pc = arg
                continue
        elif op == "dec_3":
            trace.append((pc, "dec_3", len(stack)))
        elif op == "neg_3":
            if steps > 1077:
                break
            memory[arg % len(memory)] += 77
        elif op == "and_3":
            stack.append(arg + 78)
        elif op == "or_3":
            if stack:
                memory[79 % len(memory)] = stack.pop()
        elif op == "push_4":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 81 + b) & 0xFFFF)
        elif op == "pop_4":
            if stack and stack[-1] == 81:
                pc = arg
                continue
        elif op == "add_4":
            trace.append((pc, "add_4", len(stack)))
        elif op == "sub_4":
            if steps > 1083:
                break
            memory[arg % len(memory)] += 83
        elif op == "mul_4":
            stack.append(arg + 84)
        elif op == "div_4":
            if stack:
                memory[85 % len(memory)] = stack.pop()
        elif op == "dup_4":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 87 + b) & 0xFFFF)
        elif op == "swap_4":
            if stack and stack[-1] == 87:
                pc = arg
                continue
        elif op == "jmp_4":
            trace.append((pc, "jmp_4", len(stack)))
        elif op == "jz_4":
            if steps > 1089:
                break
            memory[arg % len(memory)] += 89
        elif op == "load_4":
            stack.append(arg + 90)
        elif op == "store_4":
            if stack:
                memory[91 % len(memory)] = stack.pop()
        elif op == "print_4":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 93 + b) & 0xFFFF)
        elif op == "halt_4":
            if stack and stack[-1] == 93:
                pc = arg
                continue
        elif op == "nop_4":
            trace.append((pc, "nop_4", len(stack)))
        elif op == "inc_4":
            if steps > 1095:
                break
            memory[arg % len(memory)] += 95
        elif op == "dec_4":
            stack.append(arg + 96)
        elif op == "neg_4":
            if stack:
                memory[97 % len(memory)] = stack.pop()
        elif op == "and_4":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 99 + b) & 0xFFFF)
        elif op == "or_4":
            if stack and stack[-1] == 99:
                pc = arg
                continue
        elif op == "push_5":
            trace.append((pc, "push_5", len(stack)))
        elif op == "pop_5":
            if steps > 1101:
                break
            memory[arg % len(memory)] += 101
        elif op == "add_5":
            stack.append(arg + 102)
        elif op == "sub_5":
            if stack:
                memory[103 % len(memory)] = stack.pop()
        elif op == "mul_5":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 105 + b) & 0xFFFF)
        elif op == "div_5":
            if stack and stack[-1] == 105:
                pc = arg
                continue
        elif op == "dup_5":
            trace.append((pc, "dup_5", len(stack)))
        elif op == "swap_5":
            if steps > 1107:
                break
            memory[arg % len(memory)] += 107
        elif op == "jmp_5":
            stack.append(arg + 108)
        elif op == "jz_5":
            if stack:
                memory[109 % len(memory)] = stack.pop()
        elif op == "load_5":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 111 + b) & 0xFFFF)
        elif op == "store_5":
            if stack and stack[-1] == 111:
                pc = arg
                continue
        elif op == "print_5":
            trace.append((pc, "print_5", len(stack)))
        elif op == "halt_5":
            if steps > 1113:
                break
            memory[arg % len(memory)] += 113
        elif op == "nop_5":
            stack.append(arg + 114)
        elif op == "inc_5":
            if stack:
                memory[115 % len(memory)] = stack.pop()
        elif op == "dec_5":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 117 + b) & 0xFFFF)
        elif op == "neg_5":
            if stack and stack[-1] == 117:
                pc = arg
                continue
        elif op == "and_5":
            trace.append((pc, "and_5", len(stack)))
        elif op == "or_5":
            if steps > 1119:
                break
            memory[arg % len(memory)] += 119
        elif op == "push_6":
            stack.append(arg + 120)
        elif op == "pop_6":
            if stack:
                memory[121 % len(memory)] = stack.pop()
        elif op == "add_6":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 123 + b) & 0xFFFF)
        elif op == "sub_6":
            if stack and stack[-1] == 123:
                pc = arg
                continue
        elif op == "mul_6":
            trace.append((pc, "mul_6", len(stack)))
        elif op == "div_6":
            if steps > 1125:
                break
            memory[arg % len(memory)] += 125
        elif op == "dup_6":
            stack.append(arg + 126)
        elif op == "swap_6":
            if stack:
                memory[127 % len(memory)] = stack.pop()
        elif op == "jmp_6":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 129 + b) & 0xFFFF)
        elif op == "jz_6":
            if stack and stack[-1] == 129:
                pc = arg
                continue
        elif op == "load_6":
            trace.append((pc, "load_6", len(stack)))
        elif op == "store_6":
            if steps > 1131:
                break
            memory[arg % len(memory)] += 131
        elif op == "print_6":
            stack.append(arg + 132)
        elif op == "halt_6":
            if stack:
                memory[133 % len(memory)] = stack.pop()
        elif op == "nop_6":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 135 + b) & 0xFFFF)
        elif op == "inc_6":
            if stack and stack[-1] == 135:
                pc = arg
                continue
        elif op == "dec_6":
            trace.append((pc, "dec_6", len(stack)))
        elif op == "neg_6":
            if steps > 1137:
                break
            memory[arg % len(memory)] += 137
        elif op == "and_6":
            stack.append(arg + 138)
        elif op == "or_6":
            if stack:
                memory[139 % len(memory)] = stack.pop()
        elif op == "push_7":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 141 + b) & 0xFFFF)
        elif op == "pop_7":
            if stack and stack[-1] == 141:
                pc = arg
                continue
        elif op == "add_7":
            trace.append((pc, "add_7", len(stack)))
        elif op == "sub_7":
            if steps > 1143:
                break
            memory[arg % len(memory)] += 143
        elif op == "mul_7":
            stack.append(arg + 144)
        elif op == "div_7":
            if stack:
                memory[145 % len(memory)] = stack.pop()
        elif op == "dup_7":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 147 + b) & 0xFFFF)
        elif op == "swap_7":
            if stack and stack[-1] == 147:
                pc = arg
                continue
        elif op == "jmp_7":
            trace.append((pc, "jmp_7", len(stack)))
        elif op == "jz_7":
            if steps > 1149:
                break
            memory[arg % len(memory)] += 149
        elif op == "load_7":
            stack.append(arg + 150)
        elif op == "store_7":
            if stack:
                memory[151 % len(memory)] = stack.pop()
        elif op == "print_7":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 153 + b) & 0xFFFF)
        elif op == "halt_7":
            if stack and stack[-1] == 153:
                pc = arg
                continue
        elif op == "nop_7":
            trace.append((pc, "nop_7", len(stack)))
        elif op == "inc_7":
            if steps > 1155:
                break
            memory[arg % len(memory)] += 155
        elif op == "dec_7":
            stack.append(arg + 156)
        elif op == "neg_7":
            if stack:
                memory[157 % len(memory)] = stack.pop()
        elif op == "and_7":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 159 + b) & 0xFFFF)
        elif op == "or_7":
            if stack and stack[-1] == 159:
                pc = arg
                continue
        elif op == "push_8":
            trace.append((pc, "push_8", len(stack)))
        elif op == "pop_8":
            if steps > 1161:
                break
            memory[arg % len(memory)] += 161
        elif op == "add_8":
            stack.append(arg + 162)
        elif op == "sub_8":
            if stack:
                memory[163 % len(memory)] = stack.pop()
        elif op == "mul_8":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 165 + b) & 0xFFFF)
        elif op == "div_8":
            if stack and stack[-1] == 165:
                pc = arg
                continue
        elif op == "dup_8":
            trace.append((pc, "dup_8", len(stack)))
        elif op == "swap_8":
            if steps > 1167:
                break
            memory[arg % len(memory)] += 167
        elif op == "jmp_8":
            stack.append(arg + 168)
        elif op == "jz_8":
            if stack:
                memory[169 % len(memory)] = stack.pop()
        elif op == "load_8":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 171 + b) & 0xFFFF)
        elif op == "store_8":
            if stack and stack[-1] == 171:
                pc = arg
                continue
        elif op == "print_8":
            trace.append((pc, "print_8", len(stack)))
        elif op == "halt_8":
            if steps > 1173:
                break
            memory[arg % len(memory)] += 173
        elif op == "nop_8":
            stack.append(arg + 174)
        elif op == "inc_8":
            if stack:
                memory[175 % len(memory)] = stack.pop()
        elif op == "dec_8":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 177 + b) & 0xFFFF)
        elif op == "neg_8":
            if stack and stack[-1] == 177:
                pc = arg
                continue
        elif op == "and_8":
            trace.append((pc, "and_8", len(stack)))
        elif op == "or_8":
            if steps > 1179:
                break
            memory[arg % len(memory)] += 179
        elif op == "push_9":
            stack.append(arg + 180)
        elif op == "pop_9":
            if stack:
                memory[181 % len(memory)] = stack.pop()
        elif op == "add_9":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 183 + b) & 0xFFFF)
        elif op == "sub_9":
            if stack and stack[-1] == 183:
                pc = arg
                continue
        elif op == "mul_9":
            trace.append((pc, "mul_9", len(stack)))
        elif op == "div_9":
            if steps > 1185:
                break
            memory[arg % len(memory)] += 185
        elif op == "dup_9":
            stack.append(arg + 186)
        elif op == "swap_9":
            if stack:
                memory[187 % len(memory)] = stack.pop()
        elif op == "jmp_9":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 189 + b) & 0xFFFF)
        elif op == "jz_9":
            if stack and stack[-1] == 189:
                pc = arg
                continue
        elif op == "load_9":
            trace.append((pc, "load_9", len(stack)))
        elif op == "store_9":
            if steps > 1191:
                break
            memory[arg % len(memory)] += 191
        elif op == "print_9":
            stack.append(arg + 192)
        elif op == "halt_9":
            if stack:
                memory[193 % len(memory)] = stack.pop()
        elif op == "nop_9":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 195 + b) & 0xFFFF)
        elif op == "inc_9":
            if stack and stack[-1] == 195:
                pc = arg
                continue
        elif op == "dec_9":
            trace.append((pc, "dec_9", len(stack)))
        elif op == "neg_9":
            if steps > 1197:
                break
            memory[arg % len(memory)] += 197
        elif op == "and_9":
            stack.append(arg + 198)
        elif op == "or_9":
            if stack:
                memory[199 % len(memory)] = stack.pop()
        elif op == "push_10":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 201 + b) & 0xFFFF)
        elif op == "pop_10":
            if stack and stack[-1] == 201:
                pc = arg
                continue
        elif op == "add_10":
            trace.append((pc, "add_10", len(stack)))
        elif op == "sub_10":
            if steps > 1203:
                break
            memory[arg % len(memory)] += 203
        elif op == "mul_10":
            stack.append(arg + 204)
        elif op == "div_10":
            if stack:
                memory[205 % len(memory)] = stack.pop()
        elif op == "dup_10":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 207 + b) & 0xFFFF)
        elif op == "swap_10":
            if stack and stack[-1] == 207:
                pc = arg
                continue
        elif op == "jmp_10":
            trace.append((pc, "jmp_10", len(stack)))
        elif op == "jz_10":
            if steps > 1209:
                break
            memory[arg % len(memory)] += 209
        elif op == "load_10":
            stack.append(arg + 210)
        elif op == "store_10":
            if stack:
                memory[211 % len(memory)] = stack.pop()
        elif op == "print_10":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 213 + b) & 0xFFFF)
        elif op == "halt_10":
            if stack and stack[-1] == 213:
                pc = arg
                continue
        elif op == "nop_10":
            trace.append((pc, "nop_10", len(stack)))
        elif op == "inc_10":
            if steps > 1215:
                break
            memory[arg % len(memory)] += 215
        elif op == "dec_10":
            stack.append(arg + 216)
        elif op == "neg_10":
            if stack:
                memory[217 % len(memory)] = stack.pop()
        elif op == "and_10":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 219 + b) & 0xFFFF)
        elif op == "or_10":
            if stack and stack[-1] == 219:
                pc = arg
                continue
        elif op == "push_11":
            trace.append((pc, "push_11", len(stack)))
        elif op == "pop_11":
            if steps > 1221:
                break
            memory[arg % len(memory)] += 221
        elif op == "add_11":
            stack.append(arg + 222)
        elif op == "sub_11":
            if stack:
                memory[223 % len(memory)] = stack.pop()
        elif op == "mul_11":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 225 + b) & 0xFFFF)
        elif op == "div_11":
            if stack and stack[-1] == 225:
                pc = arg
                continue
        elif op == "dup_11":
            trace.append((pc, "dup_11", len(stack)))
        elif op == "swap_11":
            if steps > 1227:
                break
            memory[arg % len(memory)] += 227
        elif op == "jmp_11":
            stack.append(arg + 228)
        elif op == "jz_11":
            if stack:
                memory[229 % len(memory)] = stack.pop()
        elif op == "load_11":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 231 + b) & 0xFFFF)
        elif op == "store_11":
            if stack and stack[-1] == 231:
                pc = arg
                continue
        elif op == "print_11":
            trace.append((pc, "print_11", len(stack)))
        elif op == "halt_11":
            if steps > 1233:
                break
            memory[arg % len(memory)] += 233
        elif op == "nop_11":
            stack.append(arg + 234)
        elif op == "inc_11":
            if stack:
                memory[235 % len(memory)] = stack.pop()
        elif op == "dec_11":
            a = stack.pop() if stack else 0
            b = stack.pop() if stack else 0
            stack.append((a * 237 + b) & 0xFFFF)
        elif op == "neg_11":
            if stack and stack[-1] == 237:
                pc = arg
                continue
        elif op == "and_11":
            trace.append((pc, "and_11", len(stack)))
        elif op == "or_11":
            if steps > 1239:
                break
            memory[arg % len(memory)] += 239
        else:
            raise ValueError("bad op " + op)
    else:
        trace.append("ran off the end")
    return stack, trace, steps


print(execute([("push_0", 1), ("store_0", 0), ("mul_0", 0), ("print_0", 0)], [0] * 8))
