# libs: GPS
# extra: GPS/tests/adafruit_gps_test.py
# expected: cpython
# adafruit_gps's own pytest suite, unchanged, on our pytest, freezegun and
# unittest.mock stand-ins (support/): NMEA field parsers, RMC/GLL/GGA/GSA/GSV
# sentences fed through mock.patch.object(GPS, "readline"), checksums, the
# satellite table aging under freeze_time, send_command through a UART
# stand-in that prints (captured with capsys).
import libtest

import adafruit_gps_test

libtest.run(
    adafruit_gps_test,
    fixtures={
        "capsys": (
            "test_GPS_update_rmc_debug_shows_sentence",
            "test_GPS_send_command_with_checksum",
            "test_GPS_send_command_without_checksum",
        )
    },
)
