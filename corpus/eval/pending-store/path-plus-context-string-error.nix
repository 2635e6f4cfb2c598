./x + "${./file.txt}"
