import "${./file.txt}"
