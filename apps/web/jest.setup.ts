// Angular's packages are partially compiled; loading them outside the Angular CLI needs the JIT compiler.
import '@angular/compiler';
