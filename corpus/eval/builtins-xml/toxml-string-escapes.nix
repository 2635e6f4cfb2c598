builtins.toXML "lt< gt> amp& quot\" apos' nl\n tab\t cr\r"
