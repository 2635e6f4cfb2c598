{ p = "${./file.txt}"; }
