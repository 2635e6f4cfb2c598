throw "a[31mred[0m!"
