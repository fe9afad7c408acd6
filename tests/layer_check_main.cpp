// The empty program each layer's whole archive is linked into (CMakeLists.txt, layer checks):
// an undefined reference there is a call into a layer above.
int main() { return 0; }
