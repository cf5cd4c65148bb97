# Cross builds of the portable core with Debian's gcc-arm-none-eabi.
# Pass the CPU with -DCPY_ARM_FLAGS="-mcpu=cortex-m0plus -mthumb".
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)
set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_CXX_COMPILER arm-none-eabi-g++)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_C_FLAGS_INIT "${CPY_ARM_FLAGS} -ffunction-sections -fdata-sections --specs=nano.specs")
set(CMAKE_CXX_FLAGS_INIT "${CPY_ARM_FLAGS} -ffunction-sections -fdata-sections --specs=nano.specs")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
