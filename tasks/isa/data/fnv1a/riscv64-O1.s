	.file	"fnv1a.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	fnv1a
	.type	fnv1a, @function
fnv1a:
	beq	a1,zero,.L4
	mv	a5,a0
	add	a3,a0,a1
	ld	a0,.LC0
	li	a2,1
	slli	a2,a2,40
	addi	a2,a2,435
.L3:
	lbu	a4,0(a5)
	xor	a0,a4,a0
	mul	a0,a0,a2
	addi	a5,a5,1
	bne	a5,a3,.L3
	ret
.L4:
	ld	a0,.LC0
	ret
	.size	fnv1a, .-fnv1a
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC0:
	.dword	-3750763034362895579
	.section	.note.GNU-stack,"",@progbits
