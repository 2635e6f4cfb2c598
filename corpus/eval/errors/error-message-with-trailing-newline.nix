throw "msg\n"
