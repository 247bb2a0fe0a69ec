# Install rules for the data files and CPack settings. Included last from the
# top-level CMakeLists.txt, so every install() rule of the project is known.
#
#   cmake --preset release && cmake --build --preset release
#   cd build-release && cpack                # DEB (two packages) and TGZ on Linux
#   cd build-release && cpack -G TGZ         # one generator only
#
# The executables install themselves (app/*/CMakeLists.txt) into the components
# "coordinator" and "desktop"; the files below join those components.

include(GNUInstallDirs)

set(_spocs_res ${PROJECT_SOURCE_DIR}/resources)
set(_spocs_pkg ${PROJECT_SOURCE_DIR}/packaging)
set(SPOCS_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/spocs)

# --- data files -----------------------------------------------------------------
if(UNIX AND NOT APPLE)
    install(FILES ${_spocs_res}/spocs-desktop.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desktop)
    install(FILES ${_spocs_res}/io.spocs.Desktop.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT desktop)
    install(FILES ${_spocs_res}/icons/spocs.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT desktop)
    # Relative to the prefix: /usr/lib/systemd/system in the .deb (the same
    # directory as /lib/systemd/system on Debian 12's merged /usr),
    # /usr/local/lib/systemd/system for a plain `cmake --install`.
    install(FILES ${_spocs_pkg}/spocs-coordinator.service
            DESTINATION lib/systemd/system COMPONENT coordinator)
endif()
install(FILES ${_spocs_pkg}/coordinator.conf.example
        DESTINATION ${SPOCS_DOC_DIR} COMPONENT coordinator)
foreach(_doc IN ITEMS docs/operations.md docs/protocol.md)
    if(EXISTS ${PROJECT_SOURCE_DIR}/${_doc})
        install(FILES ${PROJECT_SOURCE_DIR}/${_doc} DESTINATION ${SPOCS_DOC_DIR} COMPONENT coordinator)
    endif()
endforeach()

# Windows: copy the Qt libraries and plugins next to the executables (Qt 6.4 API).
if(WIN32 AND COMMAND qt_generate_deploy_app_script)
    foreach(_app IN ITEMS spocs-coordinator spocs-desktop)
        if(TARGET ${_app})
            string(REPLACE "spocs-" "" _component ${_app})
            qt_generate_deploy_app_script(TARGET ${_app} FILENAME_VARIABLE _deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
            install(SCRIPT ${_deploy_script} COMPONENT ${_component})
        endif()
    endforeach()
endif()

# --- CPack: common -------------------------------------------------------------
set(CPACK_PACKAGE_NAME spocs)
set(CPACK_PACKAGE_VENDOR "The Spocs developers")
if(NOT SPOCS_PACKAGE_CONTACT)
    set(SPOCS_PACKAGE_CONTACT "Spocs maintainers <maintainers@spocs.invalid>")
endif()
set(CPACK_PACKAGE_CONTACT "${SPOCS_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Spocs is a call-center workstation: agents help the customer first and transfer second, "
    "with the customer's whole picture in one view.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Spocs")
set(CPACK_PACKAGE_EXECUTABLES "spocs-desktop;Spocs")
if(EXISTS ${PROJECT_SOURCE_DIR}/README.md)
    set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
endif()
if(EXISTS ${PROJECT_SOURCE_DIR}/LICENSE)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
endif()
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/" "\\.db(-wal|-shm)?$" "\\.user$")

if(WIN32)
    set(CPACK_GENERATOR WIX ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR TGZ)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# One archive with everything; one .deb per component.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
set(CPACK_DEB_COMPONENT_INSTALL ON)

# --- DEB (Debian 12) ------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SPOCS_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COORDINATOR_PACKAGE_NAME spocs-coordinator)
set(CPACK_DEBIAN_COORDINATOR_DESCRIPTION
    "Spocs coordinator service\n"
    "Stores customers, orders and contacts in SQLite and serves the Spocs desktops\n"
    "over WebSockets (JSON). Ships a hardened systemd unit.")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME spocs-desktop)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION
    "Spocs agent desktop\n"
    "The Qt workstation for call-center agents, experts and team leads; connects to\n"
    "a spocs-coordinator.")
foreach(_var CPACK_DEBIAN_COORDINATOR_DESCRIPTION CPACK_DEBIAN_DESKTOP_DESCRIPTION)
    string(JOIN "" ${_var} ${${_var}})
endforeach()

# Libraries the binaries link come from dpkg-shlibdeps when it is installed
# (package dpkg-dev); otherwise from this list. Plugins Qt loads at run time are
# never found by dpkg-shlibdeps, so they are always listed.
find_program(SPOCS_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(SPOCS_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_COORDINATOR_PACKAGE_DEPENDS "libqt6sql6-sqlite")
    set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
else()
    set(_spocs_qt "(>= 6.4)")
    set(CPACK_DEBIAN_COORDINATOR_PACKAGE_DEPENDS
        "libc6, libstdc++6, libsodium23, libqt6core6 ${_spocs_qt}, libqt6network6 ${_spocs_qt}, "
        "libqt6websockets6 ${_spocs_qt}, libqt6sql6 ${_spocs_qt}, libqt6sql6-sqlite")
    set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS
        "libc6, libstdc++6, libsodium23, libqt6core6 ${_spocs_qt}, libqt6gui6 ${_spocs_qt}, "
        "libqt6widgets6 ${_spocs_qt}, libqt6network6 ${_spocs_qt}, libqt6websockets6 ${_spocs_qt}, "
        "libqt6sql6 ${_spocs_qt}, libqt6sql6-sqlite, libqt6charts6 ${_spocs_qt}, libqt6svg6 ${_spocs_qt}, "
        "qt6-qpa-plugins")
    foreach(_var CPACK_DEBIAN_COORDINATOR_PACKAGE_DEPENDS CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS)
        string(JOIN "" ${_var} ${${_var}})
    endforeach()
endif()
set(CPACK_DEBIAN_COORDINATOR_PACKAGE_SUGGESTS "sqlite3")
# Qt's own strings (standard buttons such as Cancel, context menus) in the agent's language;
# widgets/Localization.cpp loads them from Qt's translations folder when they are there.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "qt6-translations-l10n")

# Maintainer scripts for the coordinator: tell systemd about the unit, stop the
# service on removal. The service is neither enabled nor started on install,
# because it needs /etc/spocs/coordinator.conf first.
set(_spocs_deb_dir ${CMAKE_BINARY_DIR}/packaging/deb-coordinator)
file(MAKE_DIRECTORY ${_spocs_deb_dir})
file(WRITE ${_spocs_deb_dir}/postinst [=[#!/bin/sh
set -e
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null || true
fi
]=])
file(WRITE ${_spocs_deb_dir}/prerm [=[#!/bin/sh
set -e
if [ -d /run/systemd/system ] && [ "$1" = remove ]; then
    systemctl stop spocs-coordinator.service >/dev/null 2>&1 || true
fi
]=])
file(WRITE ${_spocs_deb_dir}/postrm [=[#!/bin/sh
set -e
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null || true
fi
]=])
file(CHMOD ${_spocs_deb_dir}/postinst ${_spocs_deb_dir}/prerm ${_spocs_deb_dir}/postrm
     PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_COORDINATOR_PACKAGE_CONTROL_EXTRA
    ${_spocs_deb_dir}/postinst ${_spocs_deb_dir}/prerm ${_spocs_deb_dir}/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# --- Windows: WiX (MSI) and NSIS --------------------------------------------------
if(WIN32)
    # Never change the upgrade GUID: it lets a newer MSI replace an older one.
    set(CPACK_WIX_UPGRADE_GUID "5C1F6E52-3B9A-4E0B-9D3C-7A2E4B8F6D10")
    set(CPACK_WIX_PRODUCT_GUID "*")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Spocs")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://spocs.invalid/")
    if(EXISTS ${_spocs_res}/icons/spocs.ico)
        set(CPACK_WIX_PRODUCT_ICON ${_spocs_res}/icons/spocs.ico)
        set(CPACK_NSIS_MUI_ICON ${_spocs_res}/icons/spocs.ico)
        set(CPACK_NSIS_MUI_UNIICON ${_spocs_res}/icons/spocs.ico)
    endif()
    set(CPACK_NSIS_DISPLAY_NAME "Spocs ${PROJECT_VERSION}")
    set(CPACK_NSIS_PACKAGE_NAME "Spocs")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\spocs-desktop.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN spocs-desktop.exe)
endif()

include(CPack)

cpack_add_component(desktop
    DISPLAY_NAME "Spocs desktop"
    DESCRIPTION "The agent workstation (spocs-desktop).")
cpack_add_component(coordinator
    DISPLAY_NAME "Spocs coordinator"
    DESCRIPTION "The service the desktops connect to (spocs-coordinator), with a systemd unit and an example configuration.")

unset(_spocs_res)
unset(_spocs_pkg)
unset(_spocs_deb_dir)
