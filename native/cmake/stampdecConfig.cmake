# find_package(stampdec CONFIG) -> the target stampdec::stampdec, built from the shipped sources
# (one C99 file, no dependencies), so it compiles with whatever toolchain the project uses:
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
set(stampdec_VERSION 0.3.0)
set(stampdec_FOUND TRUE)
