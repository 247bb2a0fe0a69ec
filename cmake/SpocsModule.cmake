# Declares one layer the same way every time (Quassel's habit): a static library
# with an alias target Spocs::<Name>, warnings, and the repository root on the include path.
function(spocs_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    set(target spocs_${name})
    string(TOLOWER ${target} target)
    add_library(${target} STATIC ${ARG_SOURCES})
    add_library(Spocs::${name} ALIAS ${target})
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    spocs_set_warnings(${target})
endfunction()

function(spocs_set_warnings target)
    if(MSVC)
        # /Zc:preprocessor: the standard preprocessor (__VA_OPT__ in core/domain/JsonIo.h).
        target_compile_options(${target} PRIVATE /W4 /permissive- /Zc:preprocessor)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    endif()
    if(SPOCS_WARNINGS_AS_ERRORS)
        set_target_properties(${target} PROPERTIES COMPILE_WARNING_AS_ERROR ON)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                                 QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER)
endfunction()

# A gtest executable registered with ctest under one label; the shared main
# defaults QT_QPA_PLATFORM to offscreen (Hotspot's habit).
function(spocs_add_test name)
    cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE spocs_test_support ${ARG_LIBS} GTest::gtest)
    spocs_set_warnings(${name})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    gtest_discover_tests(${name}
        DISCOVERY_MODE PRE_TEST
        PROPERTIES LABELS ${ARG_LABEL} TIMEOUT ${ARG_TIMEOUT}
                   ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SPOCS_TEST=1")
endfunction()
