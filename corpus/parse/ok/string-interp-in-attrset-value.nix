let ver = "1.0"; in { name = "pkg-${ver}"; }
