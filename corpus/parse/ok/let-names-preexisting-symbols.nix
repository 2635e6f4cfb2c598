let name = "n"; value = 1; outPath = "/o"; type = "t"; drvPath = "/d"; in { inherit name value outPath type drvPath; }
