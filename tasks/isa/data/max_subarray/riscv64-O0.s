	.file	"max_subarray.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	max_subarray
	.type	max_subarray, @function
max_subarray:
	addi	sp,sp,-64
	sd	s0,56(sp)
	addi	s0,sp,64
	sd	a0,-56(s0)
	mv	a5,a1
	sw	a5,-60(s0)
	lw	a5,-60(s0)
	sext.w	a5,a5
	bgt	a5,zero,.L2
	li	a5,0
	j	.L3
.L2:
	ld	a5,-56(s0)
	lw	a5,0(a5)
	sd	a5,-24(s0)
	ld	a5,-56(s0)
	lw	a5,0(a5)
	sd	a5,-32(s0)
	li	a5,1
	sw	a5,-36(s0)
	j	.L4
.L8:
	ld	a5,-32(s0)
	ble	a5,zero,.L5
	lw	a5,-36(s0)
	slli	a5,a5,2
	ld	a4,-56(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
	mv	a4,a5
	ld	a5,-32(s0)
	add	a5,a4,a5
	j	.L6
.L5:
	lw	a5,-36(s0)
	slli	a5,a5,2
	ld	a4,-56(s0)
	add	a5,a4,a5
	lw	a5,0(a5)
.L6:
	sd	a5,-32(s0)
	ld	a4,-32(s0)
	ld	a5,-24(s0)
	ble	a4,a5,.L7
	ld	a5,-32(s0)
	sd	a5,-24(s0)
.L7:
	lw	a5,-36(s0)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L4:
	lw	a5,-36(s0)
	mv	a4,a5
	lw	a5,-60(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L8
	ld	a5,-24(s0)
.L3:
	mv	a0,a5
	ld	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	max_subarray, .-max_subarray
	.section	.note.GNU-stack,"",@progbits
