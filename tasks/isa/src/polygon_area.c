/* Area of a simple polygon from its vertices in order (shoelace formula).  tags: floating-point, structs */
struct point {
    double x, y;
};

double polygon_area(const struct point *pts, int n) {
    double twice = 0.0;
    for (int i = 0; i < n; i++) {
        const struct point *a = &pts[i], *b = &pts[(i + 1) % n];
        twice += a->x * b->y - b->x * a->y;
    }
    return (twice < 0 ? -twice : twice) / 2;
}
