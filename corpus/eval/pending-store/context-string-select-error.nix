("${./file.txt}").a
