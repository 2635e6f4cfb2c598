../sibling
