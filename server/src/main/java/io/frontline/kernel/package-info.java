/** Shared kernel: the few types every module speaks — who acted, and the errors a use case can end in. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.frontline.kernel;
