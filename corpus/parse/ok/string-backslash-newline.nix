"line\
continued"
