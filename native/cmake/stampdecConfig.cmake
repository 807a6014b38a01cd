# find_package(stampdec CONFIG) -> the targets stampdec::stampdec and stampdec::stampenc (the
# streaming encoder), built from the shipped sources (C99, no dependencies), so it compiles with whatever toolchain the project uses:
# a host compiler, an aarch64 cross compiler or arm-none-eabi. The same layout works from the
# wheel (stampcodec.get_cmake_dir()), from `cmake --install` (<prefix>/share/stampdec/cmake) and
# from a source checkout (native/cmake).
get_filename_component(_stampdec_root "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
if(NOT TARGET stampdec::stampdec)
  add_library(stampdec_embedded STATIC "${_stampdec_root}/src/stampdec.c")
  target_include_directories(stampdec_embedded PUBLIC "${_stampdec_root}/include")
  set_target_properties(stampdec_embedded PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
  find_library(_stampdec_libm m)
  if(_stampdec_libm)
    target_link_libraries(stampdec_embedded PUBLIC ${_stampdec_libm})
  endif()
  add_library(stampdec::stampdec ALIAS stampdec_embedded)
endif()
# The streaming encoder (stampenc.h): its float path writes the same bytes on every IEEE-754
# core when no multiply-add is fused, hence -ffp-contract=off.
if(NOT TARGET stampdec::stampenc)
  add_library(stampenc_embedded STATIC "${_stampdec_root}/src/stampenc.c")
  target_link_libraries(stampenc_embedded PUBLIC stampdec::stampdec)
  set_target_properties(stampenc_embedded PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
  if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(stampenc_embedded PRIVATE -ffp-contract=off)
  endif()
  add_library(stampdec::stampenc ALIAS stampenc_embedded)
endif()
set(stampdec_VERSION 0.3.0)
set(stampdec_FOUND TRUE)
