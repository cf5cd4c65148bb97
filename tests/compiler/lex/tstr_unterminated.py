t"{x}
t"""{x}
