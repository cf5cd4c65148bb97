#!/usr/bin/env python3
"""Regenerates tests/golden/uf2/cases: makes every input (deterministically)
and records what the reference uf2conv.py writes for it.

    UF2CONV=/path/to/uf2conv.py python3 tests/golden/uf2/generate.py

uf2conv.py needs its uf2families.json beside it. ELF inputs are built with
arm-none-eabi-gcc; their expected output is `objcopy -O ihex` followed by
uf2conv.py on the HEX. Each case directory holds:
  input.<ext>  the input
  args         the flags, one line (the same for uf2conv.py and cpy-uf2)
  cpy_args     (optional) extra flags for cpy-uf2 only, e.g. --lenient
  reference    how the expected output was produced
  stdout       what uf2conv.py printed
  out/         every file uf2conv.py wrote
"""
import os
import random
import shlex
import shutil
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
UF2CONV = os.environ.get("UF2CONV")


# ---------------------------------------------------------------- inputs

def rand_bytes(seed, n):
    r = random.Random(seed)
    return bytes(r.getrandbits(8) for _ in range(n))


def hex_record(rtype, offset, data, lower=False):
    body = bytes([len(data), (offset >> 8) & 0xFF, offset & 0xFF, rtype]) + bytes(data)
    csum = (-sum(body)) & 0xFF
    text = ":" + (body + bytes([csum])).hex().upper()
    return text.lower() if lower else text


def make_hex(chunks, reclen=16, eol="\n", lower=False, mode="linear", extra=(), after_eof=False,
             leading_empty=False):
    """chunks: list of (address, bytes) in the order to write them."""
    lines = []
    if leading_empty:
        lines.append(hex_record(0, chunks[0][0] & 0xFFFF, b"", lower))
    upper = None
    for addr, data in chunks:
        i = 0
        while i < len(data):
            a = addr + i
            if mode == "linear":
                hi = a >> 16
                if hi != upper:
                    lines.append(hex_record(4, 0, [hi >> 8, hi & 0xFF], lower))
                    upper = hi
                room = 0x10000 - (a & 0xFFFF)
                off = a & 0xFFFF
            else:  # segment records: segment = address >> 4 rounded to 64 KB
                seg = (a >> 16) << 12
                if seg != upper:
                    lines.append(hex_record(2, 0, [seg >> 8, seg & 0xFF], lower))
                    upper = seg
                room = 0x10000 - (a & 0xFFFF)
                off = a & 0xFFFF
            n = min(reclen, len(data) - i, room)
            lines.append(hex_record(0, off, data[i:i + n], lower))
            i += n
    for rtype, payload in extra:
        lines.append(hex_record(rtype, 0, payload, lower))
    lines.append(hex_record(1, 0, b"", lower))
    if after_eof:
        lines.append(hex_record(0, 0, b"\x01\x02\x03\x04", lower))
    return (eol.join(lines) + eol).encode()


def uf2_block(flags, addr, payload, blockno, numblocks, fam, size=None, end=0x0AB16F30):
    size = len(payload) if size is None else size
    hd = struct.pack("<IIIIIIII", 0x0A324655, 0x9E5D5157, flags, addr, size, blockno, numblocks, fam)
    data = payload + b"\x00" * (476 - len(payload))
    return hd + data + struct.pack("<I", end)


def make_uf2(blocks):
    """blocks: list of (flags, addr, payload, fam); numbered as one file."""
    n = len(blocks)
    return b"".join(uf2_block(f, a, p, i, n, fam) for i, (f, a, p, fam) in enumerate(blocks))


def bin_to_blocks(data, base, fam, flags=None, size=256):
    out = []
    for i in range(0, len(data), size):
        chunk = data[i:i + size]
        chunk = chunk + b"\x00" * (size - len(chunk))
        fl = flags if flags is not None else (0x2000 if fam else 0)
        out.append((fl, base + i, chunk, fam))
    return out


ELF_SOURCES = {
    "single": ("""
const unsigned int table[64] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 };
unsigned int counter = 0x12345678;
void _start(void) { for (;;) counter += table[counter & 63]; }
""", """
MEMORY { FLASH (rx) : ORIGIN = 0x2000, LENGTH = 248K  RAM (rwx) : ORIGIN = 0x20000000, LENGTH = 32K }
SECTIONS {
  .text : { KEEP(*(.text*)) *(.rodata*) } > FLASH
  .data : { *(.data*) } > RAM AT > FLASH
  .bss : { *(.bss*) *(COMMON) } > RAM
}
"""),
    "multi": ("""
__attribute__((section(".vectors"))) const unsigned int vectors[8] = { 0x20008000, 0x101, 0x103, 0x105 };
__attribute__((section(".uicr"))) const unsigned int uicr[4] = { 0x000F4000, 0xFFFFFFFF, 0x11, 0x22 };
const char banner[] = "cpy multi-segment test image";
unsigned int data_words[40] = { 0xAAAA5555, 0x12345678, 0xCAFEF00D };
unsigned int zeroed[100];
void _start(void) { for (unsigned i = 0;; ++i) zeroed[i & 63] += data_words[i & 31] + banner[i & 15]; }
""", """
MEMORY {
  FLASH (rx) : ORIGIN = 0x26000, LENGTH = 0xCE000
  UICR (r) : ORIGIN = 0x10001014, LENGTH = 0x10
  RAM (rwx) : ORIGIN = 0x20000000, LENGTH = 256K
}
SECTIONS {
  .vectors : { KEEP(*(.vectors)) } > FLASH
  .text : ALIGN(0x100) { *(.text*) *(.rodata*) } > FLASH
  .data : { *(.data*) } > RAM AT > FLASH
  .bss (NOLOAD) : { *(.bss*) *(COMMON) } > RAM
  .uicr : { KEEP(*(.uicr)) } > UICR
}
"""),
    "reversed": ("""
__attribute__((section(".hi"))) const unsigned char hi[40] = { 1, 2, 3 };
__attribute__((section(".lo"))) const unsigned char lo[300] = { 4, 5, 6 };
void _start(void) { for (;;) ; }
""", """
MEMORY { A (rx) : ORIGIN = 0x3000, LENGTH = 4K  B (rx) : ORIGIN = 0x2080, LENGTH = 3K }
SECTIONS {
  .hi : { KEEP(*(.hi)) } > A
  .text : { *(.text*) } > A
  .lo : { KEEP(*(.lo)) } > B
}
"""),
    "gapped": ("""
__attribute__((section(".boot"))) const unsigned char boot[300] = { 1, 2, 3 };
__attribute__((section(".app"))) const unsigned char app[777] = { 4, 5, 6 };
void _start(void) { for (;;) ; }
""", """
MEMORY { LO (rx) : ORIGIN = 0x08000000, LENGTH = 16K  HI (rx) : ORIGIN = 0x08004080, LENGTH = 64K }
SECTIONS {
  .boot : { KEEP(*(.boot)) } > LO
  .text : { *(.text*) } > HI
  .app : { KEEP(*(.app)) } > HI
}
"""),
}


def build_elf(name, work):
    src, ld = ELF_SOURCES[name]
    c = os.path.join(work, name + ".c")
    lds = os.path.join(work, name + ".ld")
    elf = os.path.join(work, name + ".elf")
    open(c, "w").write(src)
    open(lds, "w").write(ld)
    subprocess.run(["arm-none-eabi-gcc", "-mcpu=cortex-m0plus", "-mthumb", "-Os", "-nostdlib", "-nostartfiles",
                    "-ffreestanding", "-T", lds, "-o", elf, c], check=True)
    return open(elf, "rb").read()


# ---------------------------------------------------------------- cases

def cases(work):
    out = []

    def add(name, ext, data, args, cpy_args=""):
        out.append((name, ext, data, args, cpy_args))

    # BIN -> UF2: sizes around block boundaries, bases, families, number syntax.
    for n, size in enumerate([8, 9, 13, 255, 256, 257, 511, 512, 1000, 4096, 65537, 20003]):
        add(f"bin_size_{size}", "bin", rand_bytes(100 + n, size), "-c input.bin -o out.uf2")
    add("bin_default_output_name", "bin", rand_bytes(1, 300), "-c input.bin")
    for base in ["0x0", "0x4000", "0x26000", "0x08000000", "0x10000000", "0x123", "8192", "0o20000",
                 "0b10000000000000", "0x2_000", "0X4000", "  0x1000  "]:
        tag = base.strip().replace(" ", "").replace("_", "u")
        add(f"bin_base_{tag}", "bin", rand_bytes(len(out), 777), f"-c -b {shlex.quote(base)} input.bin -o out.uf2")
    for fam in ["SAMD21", "SAMD51", "NRF52840", "RP2040", "ESP32S2", "STM32F4", "samd21", "0xada52840",
                "1760373640", "0x0", "0xffffffff"]:
        add(f"bin_family_{fam}", "bin", rand_bytes(len(out), 1500), f"-c -f {fam} input.bin -o out.uf2")
    add("bin_family_and_base", "bin", rand_bytes(7, 2049), "-c -f SAMD51 -b 0x4000 input.bin -o out.uf2")
    add("bin_uf2_magic_inside", "bin", b"\x00" * 8 + struct.pack("<II", 0x0A324655, 0x9E5D5157) + rand_bytes(9, 600),
        "-c input.bin -o out.uf2")
    add("bin_text_not_hex", "bin", b":10000000 not really hex\n", "-c input.bin -o out.uf2")
    add("bin_near_top_of_memory", "bin", rand_bytes(11, 1024), "-c -b 0xFFFFFC00 input.bin -o out.uf2")

    # C arrays.
    for size in [8, 15, 16, 17, 100, 1000]:
        add(f"carray_{size}", "bin", rand_bytes(200 + size, size), "-C input.bin -o out.h")
    add("carray_default_output_name", "bin", rand_bytes(5, 40), "-C input.bin")

    # HEX -> UF2.
    body = rand_bytes(300, 2000)
    add("hex_contiguous", "hex", make_hex([(0x0, body)]), "-c input.hex -o out.uf2")
    add("hex_default_output_name", "hex", make_hex([(0x2000, body[:700])]), "-c input.hex")
    add("hex_linear_08000000", "hex", make_hex([(0x08000000, body)]), "-c -f STM32F4 input.hex -o out.uf2")
    add("hex_segment_records", "hex", make_hex([(0x12340, body[:1500])], mode="segment"), "-c input.hex -o out.uf2")
    add("hex_crlf", "hex", make_hex([(0x4000, body)], eol="\r\n"), "-c -f SAMD51 input.hex -o out.uf2")
    add("hex_lowercase", "hex", make_hex([(0x2000, body)], lower=True), "-c input.hex -o out.uf2")
    add("hex_32_byte_records", "hex", make_hex([(0x2000, body)], reclen=32), "-c input.hex -o out.uf2")
    add("hex_7_byte_records_unaligned", "hex", make_hex([(0x2003, body[:999])], reclen=7), "-c input.hex -o out.uf2")
    add("hex_255_byte_records", "hex", make_hex([(0x100, body)], reclen=255), "-c input.hex -o out.uf2")
    add("hex_gaps_within_page", "hex", make_hex([(0x2000, body[:10]), (0x2080, body[10:20]), (0x20F0, body[20:36])]),
        "-c input.hex -o out.uf2")
    add("hex_gaps_across_pages", "hex",
        make_hex([(0x2000, body[:300]), (0x3000, body[300:400]), (0x9010, body[400:410])]), "-c input.hex -o out.uf2")
    add("hex_out_of_order", "hex", make_hex([(0x3000, body[:256]), (0x2000, body[256:512]), (0x3080, body[512:600])]),
        "-c input.hex -o out.uf2")
    add("hex_page_revisited", "hex", make_hex([(0x2000, body[:16]), (0x2100, body[16:32]), (0x2010, body[32:48])]),
        "-c input.hex -o out.uf2")
    add("hex_start_records", "hex",
        make_hex([(0x26000, body[:900])], extra=[(5, [0x00, 0x02, 0x60, 0xF1]), (3, [0x12, 0x34, 0x56, 0x78])]),
        "-c -f NRF52840 input.hex -o out.uf2")
    add("hex_empty_first_record", "hex", make_hex([(0x2345, body[:500])], leading_empty=True), "-c input.hex -o out.uf2")
    add("hex_data_after_eof", "hex", make_hex([(0x2000, body[:100])], after_eof=True), "-c input.hex -o out.uf2")
    add("hex_carray_flag_ignored", "hex", make_hex([(0x2000, body[:333])]), "-c -C input.hex -o out.uf2")
    add("hex_multi_region_uicr", "hex",
        make_hex([(0x26000, body[:1200]), (0x10001014, b"\x00\x40\x0f\x00\xff\xff\xff\xff")]),
        "-c -f 0xada52840 input.hex -o out.uf2")
    add("hex_crossing_64k", "hex", make_hex([(0xFF80, body[:512])]), "-c input.hex -o out.uf2")
    add("hex_20k_image", "hex", make_hex([(0x4000, rand_bytes(301, 20000))]), "-c -f SAMD51 input.hex -o out.uf2")
    add("hex_base_flag_ignored", "hex", make_hex([(0x2000, body[:256])]), "-c -b 0x8000 input.hex -o out.uf2")

    # UF2 -> BIN.
    plain = rand_bytes(400, 3000)
    add("uf2_roundtrip", "uf2", make_uf2(bin_to_blocks(plain, 0x2000, 0)), "-c input.uf2 -o out.bin")
    add("uf2_default_output_name", "uf2", make_uf2(bin_to_blocks(plain[:600], 0x4000, 0x55114460)), "input.uf2")
    add("uf2_family_roundtrip", "uf2", make_uf2(bin_to_blocks(plain, 0x26000, 0xADA52840)), "-c input.uf2 -o out.bin")
    gapped = bin_to_blocks(plain[:512], 0x2000, 0x68ED2B88) + bin_to_blocks(plain[512:1024], 0x3000, 0x68ED2B88)
    add("uf2_gap_zero_filled", "uf2", make_uf2(gapped), "-c input.uf2 -o out.bin")
    two = bin_to_blocks(plain[:1024], 0x2000, 0x68ED2B88) + bin_to_blocks(plain[1024:2048], 0x4000, 0x55114460)
    two_file = make_uf2(two[:4]) + make_uf2(two[4:])
    add("uf2_two_families_no_filter", "uf2", two_file, "-c input.uf2 -o out.bin")
    add("uf2_two_families_pick_first", "uf2", two_file, "-c -f SAMD21 input.uf2 -o out.bin")
    add("uf2_two_families_pick_second", "uf2", two_file, "-c -f SAMD51 input.uf2 -o out.bin")
    add("uf2_family_filter_no_match", "uf2", make_uf2(bin_to_blocks(plain[:1024], 0x2000, 0x68ED2B88)),
        "-c -f NRF52840 input.uf2 -o out.bin")
    nmf = bin_to_blocks(plain[:768], 0x2000, 0)
    nmf.insert(1, (0x1, 0x0, b"comment block" + b"\x00" * 243, 0))
    add("uf2_not_main_flash_inside", "uf2", make_uf2(nmf), "-c input.uf2 -o out.bin")
    nmf_last = make_uf2(two[:4]) + make_uf2(two[4:] + [(0x1, 0x0, b"\x00" * 256, 0)])
    add("uf2_not_main_flash_last", "uf2", nmf_last, "-c input.uf2 -o out.bin")
    mixed = bin_to_blocks(plain[:512], 0x2000, 0) + bin_to_blocks(plain[512:1024], 0x2200, 0, flags=0x0)
    mixed[1] = (0x8000, mixed[1][1], mixed[1][2], 0)
    add("uf2_flags_differ", "uf2", make_uf2(mixed), "-c input.uf2 -o out.bin")
    add("uf2_payload_476", "uf2", make_uf2(bin_to_blocks(plain[:1900], 0x1000, 0, size=476)), "-c input.uf2 -o out.bin",
        "")
    add("uf2_payload_128", "uf2", make_uf2(bin_to_blocks(plain[:1000], 0x2000, 0xE48BFF56, size=128)),
        "-c input.uf2 -o out.bin")
    add("uf2_to_bin_default_no_c", "uf2", make_uf2(bin_to_blocks(plain[:256], 0x2000, 0)), "input.uf2 -o out.bin")
    trailing = make_uf2(bin_to_blocks(plain[:512], 0x2000, 0)) + b"\x00" * 100
    add("uf2_trailing_bytes_lenient", "uf2", trailing, "-c input.uf2 -o out.bin", "--lenient")
    bad_end = make_uf2(bin_to_blocks(plain[:512], 0x2000, 0))
    bad_end = bad_end[:508] + b"\xde\xad\xbe\xef" + bad_end[512:]
    add("uf2_bad_end_magic_lenient", "uf2", bad_end, "-c input.uf2 -o out.bin", "--lenient")

    # ELF -> UF2 (reference: objcopy -O ihex, then uf2conv.py on the HEX).
    if shutil.which("arm-none-eabi-gcc"):
        add("elf_single", "elf", build_elf("single", work), "-c input.elf -o out.uf2")
        add("elf_single_family", "elf", build_elf("single", work), "-c -f SAMD21 input.elf -o out.uf2")
        add("elf_multi_segment", "elf", build_elf("multi", work), "-c -f NRF52840 input.elf -o out.uf2")
        add("elf_gapped_sections", "elf", build_elf("gapped", work), "-c -f STM32F4 input.elf -o out.uf2")
        add("elf_sections_out_of_address_order", "elf", build_elf("reversed", work), "-c input.elf -o out.uf2")
        add("elf_single_as_binary", "elf", build_elf("single", work), "-c -b 0x2000 input.elf -o out.uf2")
        add("elf_gapped_as_binary", "elf", build_elf("gapped", work), "-c -f STM32F4 -b 0x08000000 input.elf -o out.uf2")
        add("elf_single_as_binary_moved", "elf", build_elf("single", work), "-c -b 0x4000 input.elf -o out.uf2")
    return out


def run_case(name, ext, data, args, cpy_args, work):
    case_dir = os.path.join(CASES, name)
    shutil.rmtree(case_dir, ignore_errors=True)
    os.makedirs(os.path.join(case_dir, "out"))
    open(os.path.join(case_dir, "input." + ext), "wb").write(data)
    open(os.path.join(case_dir, "args"), "w").write(args + "\n")
    if cpy_args:
        open(os.path.join(case_dir, "cpy_args"), "w").write(cpy_args + "\n")
    run_dir = tempfile.mkdtemp(dir=work)
    ref_args = args
    reference = "uf2conv.py " + args
    if ext == "elf":
        open(os.path.join(run_dir, "input.elf"), "wb").write(data)
        # With -b the ELF is taken as a flat binary (objcopy -O binary), else as HEX.
        kind = "binary" if " -b " in f" {args} " else "ihex"
        ext2 = "bin" if kind == "binary" else "hex"
        subprocess.run(["arm-none-eabi-objcopy", "-O", kind, "input.elf", "input." + ext2], cwd=run_dir, check=True)
        os.remove(os.path.join(run_dir, "input.elf"))
        ref_args = args.replace("input.elf", "input." + ext2)
        reference = f"arm-none-eabi-objcopy -O {kind} input.elf input.{ext2}; uf2conv.py " + ref_args
    else:
        open(os.path.join(run_dir, "input." + ext), "wb").write(data)
    before = set(os.listdir(run_dir))
    res = subprocess.run([sys.executable, UF2CONV] + shlex.split(ref_args), cwd=run_dir, capture_output=True)
    if res.returncode != 0:
        sys.exit(f"{name}: uf2conv.py failed:\n{res.stderr.decode()}")
    open(os.path.join(case_dir, "stdout"), "wb").write(res.stdout)
    open(os.path.join(case_dir, "reference"), "w").write(reference + "\n")
    for f in sorted(set(os.listdir(run_dir)) - before):
        shutil.copy(os.path.join(run_dir, f), os.path.join(case_dir, "out", f))


def main():
    if not UF2CONV:
        sys.exit("set UF2CONV to the path of uf2conv.py")
    work = tempfile.mkdtemp()
    try:
        shutil.rmtree(CASES, ignore_errors=True)
        all_cases = cases(work)
        for c in all_cases:
            run_case(*c, work)
        print(f"{len(all_cases)} cases written to {CASES}")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
