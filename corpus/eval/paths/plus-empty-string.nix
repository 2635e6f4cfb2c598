./foo + ""
