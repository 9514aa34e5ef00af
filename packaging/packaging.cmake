# What `cmake --install` and `cpack -G DEB` put on a Debian system: the binary, its menu entry
# and icons, AppStream metainfo, the man page, bash completion and the systemd unit of `serve`.
# The version comes from project() alone.
include(GNUInstallDirs)
set(hb_packaging ${PROJECT_SOURCE_DIR}/packaging)
set(hb_generated ${PROJECT_BINARY_DIR}/packaging)

install(TARGETS hookbench RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

configure_file(${hb_packaging}/hookbench.1.in ${hb_generated}/hookbench.1 @ONLY)
install(FILES ${hb_generated}/hookbench.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
configure_file(${hb_packaging}/io.hookbench.Hookbench.metainfo.xml.in
               ${hb_generated}/io.hookbench.Hookbench.metainfo.xml @ONLY)
install(FILES ${hb_generated}/io.hookbench.Hookbench.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${hb_packaging}/hookbench.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME hookbench)
# Debian's systemd looks for package units in /lib/systemd/system (not under the prefix).
install(FILES ${hb_packaging}/hookbench-serve.service DESTINATION /lib/systemd/system)

if(HOOKBENCH_BUILD_GUI)
  install(FILES ${hb_packaging}/hookbench.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  set(hb_icons ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hookbench.svg
          DESTINATION ${hb_icons}/scalable/apps)
  # The PNG sizes are rendered from the SVG at build time (packaging/iconrender.cpp).
  add_executable(hookbench-iconrender ${hb_packaging}/iconrender.cpp)
  target_link_libraries(hookbench-iconrender PRIVATE Qt6::Gui Qt6::Svg)
  set(hb_icon_pngs)
  foreach(size 16 22 24 32 48 64 128 256)
    set(png ${hb_generated}/icons/${size}x${size}/hookbench.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${hb_generated}/icons/${size}x${size}
      COMMAND hookbench-iconrender ${PROJECT_SOURCE_DIR}/resources/icons/hookbench.svg ${size} ${png}
      DEPENDS hookbench-iconrender ${PROJECT_SOURCE_DIR}/resources/icons/hookbench.svg
      COMMENT "Rendering the ${size}x${size} icon")
    list(APPEND hb_icon_pngs ${png})
    install(FILES ${png} DESTINATION ${hb_icons}/${size}x${size}/apps)
  endforeach()
  add_custom_target(hookbench-icons ALL DEPENDS ${hb_icon_pngs})
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hookbench)
set(CPACK_PACKAGE_VENDOR "The Hookbench developers")
set(CPACK_PACKAGE_CONTACT "The Hookbench developers <hookbench@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 Catch a webhook request, map its payload onto a community's users (custom
 fields, coins, XP, channel messages) and follow every delivery. Includes the
 headless catcher (hookbench serve) and its systemd unit.")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Dependencies from the libraries the binary links (dpkg-shlibdeps), plus the Qt plugins it loads
# at run time, which no linker sees.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")
include(CPack)
