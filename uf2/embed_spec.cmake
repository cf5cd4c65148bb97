# Writes OUTPUT: the UF2 family table and every board file as C++ raw string
# literals, so the tools carry the spec/ data they were built with.
# Run as: cmake -DSPEC_DIR=... -DOUTPUT=... -P embed_spec.cmake
set(delim "cpyjson")
file(READ "${SPEC_DIR}/uf2-families.json" families)
set(text "// Generated from spec/uf2-families.json and spec/boards/*.json; do not edit.\n")
string(APPEND text "constexpr std::string_view kFamiliesJson = R\"${delim}(${families})${delim}\";\n")
file(GLOB board_files "${SPEC_DIR}/boards/*.json")
list(SORT board_files)
string(APPEND text "constexpr std::string_view kBoardJsons[] = {\n")
foreach(f IN LISTS board_files)
  file(READ "${f}" board)
  string(APPEND text "  R\"${delim}(${board})${delim}\",\n")
endforeach()
string(APPEND text "};\n")
# Only touch the file when it changes, so the build stays incremental.
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
  if(old STREQUAL text)
    return()
  endif()
endif()
file(WRITE "${OUTPUT}" "${text}")
