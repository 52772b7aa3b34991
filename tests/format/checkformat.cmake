# Fails when any C++ file under models/, ui/, app/ or tests/ is not formatted as .clang-format says.
file(GLOB_RECURSE files LIST_DIRECTORIES false
     "${SOURCE_DIR}/models/*.h" "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp"
     "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cpp")
list(LENGTH files count)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${files}
                WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  string(REGEX MATCHALL "[^\n]*error:[^\n]*" lines "${out}")
  list(LENGTH lines n)
  list(SUBLIST lines 0 20 shown)
  string(REPLACE ";" "\n" shown "${shown}")
  message(FATAL_ERROR "${n} place(s) not formatted as .clang-format says (clang-format -i fixes them):\n${shown}")
endif()
message(STATUS "${count} files follow .clang-format")
