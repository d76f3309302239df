// Placeholder so the unit's test program builds before its tests land.
#include <catch2/catch.hpp>
