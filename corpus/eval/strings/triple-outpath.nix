"${ { outPath = { outPath = { outPath = "o"; }; }; } }"
