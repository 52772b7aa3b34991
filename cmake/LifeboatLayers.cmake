# Layers enforced by the build (DESIGN.md section 3).
#
# Each library gets an include root of its own in the build tree that holds only its
# own folder (a symbolic link to the source folder), and that root is the library's
# only PUBLIC include directory. So `#include "cache/cache.h"` compiles only in a
# target that links lifeboat_cache (directly or through a PUBLIC link), and a PRIVATE
# link keeps a layer's insides out of its users' reach. Source files do not move.
#
#   lifeboat_include_root(<target> <folder> [<source dir>])
#       ${CMAKE_BINARY_DIR}/include/<target>/<folder> -> <source dir>
#       (default: ${CMAKE_CURRENT_SOURCE_DIR})
#   lifeboat_include_headers(<target> <folder> <header>...)
#       the same, but only the named headers (file links), for an INTERFACE target
#       that exposes a few value headers of a library without the rest of it.

set(LIFEBOAT_INCLUDE_ROOT "${CMAKE_BINARY_DIR}/include")

function(_lifeboat_link source link)
  if(IS_SYMLINK "${link}")
    file(READ_SYMLINK "${link}" current)
    if(current STREQUAL source)
      return()
    endif()
    file(REMOVE "${link}")
  elseif(EXISTS "${link}")
    file(REMOVE_RECURSE "${link}")
  endif()
  get_filename_component(parent "${link}" DIRECTORY)
  file(MAKE_DIRECTORY "${parent}")
  file(CREATE_LINK "${source}" "${link}" SYMBOLIC)
endfunction()

function(lifeboat_include_root target folder)
  set(source "${CMAKE_CURRENT_SOURCE_DIR}")
  if(ARGC GREATER 2)
    set(source "${ARGV2}")
  endif()
  set(root "${LIFEBOAT_INCLUDE_ROOT}/${target}")
  _lifeboat_link("${source}" "${root}/${folder}")
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "INTERFACE_LIBRARY")
    target_include_directories(${target} INTERFACE "${root}")
  else()
    target_include_directories(${target} PUBLIC "${root}")
  endif()
endfunction()

function(lifeboat_include_headers target folder)
  set(root "${LIFEBOAT_INCLUDE_ROOT}/${target}")
  foreach(header IN LISTS ARGN)
    _lifeboat_link("${CMAKE_CURRENT_SOURCE_DIR}/${header}" "${root}/${folder}/${header}")
  endforeach()
  target_include_directories(${target} INTERFACE "${root}")
endfunction()

# The compile definitions STYLE.md section 6.1 names, on one INTERFACE target that the
# models/ libraries, the sandbox and the CLI link.
add_library(lifeboat_hygiene INTERFACE)
target_compile_definitions(lifeboat_hygiene INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  # Qt 6.7 and later only: 6.4 ignores it, a newer Qt enforces it.
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  # Nothing deprecated up to Qt 6.4, the oldest Qt we build with. Qt 6.4 reads
  # QT_DISABLE_DEPRECATED_BEFORE; 6.5 renamed it QT_DISABLE_DEPRECATED_UP_TO (and
  # still reads the old name when the new one is missing).
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>
)
