# libs: MIDI
# extra: MIDI/tests/test_MIDI_unittests.py MIDI/tests/test_MIDIMessage_unittests.py MIDI/tests/test_note_parser.py
# expected: cpython
# adafruit_midi's own unittest suites, unchanged: message parsing from byte
# streams read in chunks, running status, SysEx, sending through a mocked
# port (unittest.mock.call comparisons), note-name parsing.
import libtest

import test_MIDI_unittests
import test_MIDIMessage_unittests
import test_note_parser

libtest.run(test_MIDI_unittests)
libtest.run(test_MIDIMessage_unittests)
libtest.run(test_note_parser)
